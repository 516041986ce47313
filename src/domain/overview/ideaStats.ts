// Idea numbers: submitted, answered, taken into use, and how long people wait for an answer.
// Unanswered ideas wear people out («medvirkningstrøtthet»), so the median wait is shown.
import type { Idea } from '../idea/idea';
import type { IdeaStats } from './overview';

const DAY_MS = 86_400_000;

/** The median of `values` (undefined when empty). */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Days (one decimal) from submission to the first status change, if there was one. */
export function daysToFirstAnswer(idea: Pick<Idea, 'createdAt' | 'history'>): number | undefined {
  const first = idea.history.find((h) => h.status !== 'new');
  if (!first) return undefined;
  const days = Math.max(0, Date.parse(first.at) - Date.parse(idea.createdAt)) / DAY_MS;
  return Math.round(days * 10) / 10;
}

export function ideaStats(ideas: readonly Idea[]): IdeaStats {
  const waits: number[] = [];
  let answered = 0;
  let inUse = 0;
  let becameInitiative = 0;
  for (const idea of ideas) {
    if (idea.status !== 'new') answered++;
    if (idea.status === 'in_use') inUse++;
    if (idea.status === 'became_initiative') becameInitiative++;
    const wait = daysToFirstAnswer(idea);
    if (wait !== undefined) waits.push(wait);
  }
  const m = median(waits);
  return { submitted: ideas.length, answered, inUse, becameInitiative, medianDaysToFirstAnswer: m === undefined ? undefined : Math.round(m * 10) / 10 };
}
