// Reuse («stjæl med stil»): a leader starts a new proposal from another unit's initiative. The
// new one is prefilled and linked to the original; the original keeps a list of the units that
// reused it, and that list alone makes it count as KS «tatt i bruk av andre» (adopted_by_others),
// so the spreading figure can never disagree with the links.
// Everything here is data: the reuse marker on the title («Gjenbruk: …») is a language-file
// string the caller passes in.
import type { ExpectedBenefit, Initiative, InitiativeDetails, ReusedBy, ReusedFrom } from './initiative';
import type { InnovationType, SpreadAction } from './codes';
import { BENEFIT_ROWS, LIMITS, type RawForm } from './formTypes';

/** What a reuse proposal starts with; the leader changes what fits their unit. */
export interface ReusePrefill {
  /** The original's title, to show with the reuse marker (see reuseTitle). */
  originalTitle: string;
  problem: string;
  goal: string;
  benefits: ExpectedBenefit[];
  innovationTypes: InnovationType[];
  /** KS barometer: where the idea came from. */
  reuseSource: NonNullable<InitiativeDetails['reuseSource']>;
  reusedFrom: ReusedFrom;
}

/** The prefill for a reuse of `original`, always built from the stored original (never the client). */
export function reusePrefill(original: Initiative): ReusePrefill {
  return {
    originalTitle: original.title,
    problem: original.problem,
    goal: original.goal,
    benefits: (original.benefits ?? []).map((b) => ({ ...b })),
    innovationTypes: [...(original.innovationTypes ?? [])],
    reuseSource: 'other_unit',
    reusedFrom: { id: original.id, unit: original.unit },
  };
}

/** `marker` (e.g. «Gjenbruk: ») before the original title, cut to fit the title limit. */
export function reuseTitle(marker: string, originalTitle: string, max: number = LIMITS.title): string {
  const full = `${marker}${originalTitle}`;
  return full.length <= max ? full : `${full.slice(0, max - 1).trimEnd()}…`;
}

/** The proposal form's fields, prefilled for a reuse (the rest the leader fills in). */
export function reuseRawForm(prefill: ReusePrefill, marker: string): RawForm {
  const raw: RawForm = {
    title: reuseTitle(marker, prefill.originalTitle),
    problem: prefill.problem,
    goal: prefill.goal,
    innovationTypes: prefill.innovationTypes.join(','),
  };
  for (let i = 1; i <= BENEFIT_ROWS; i++) {
    const b = prefill.benefits[i - 1];
    raw[`benefit${i}Type`] = b?.type ?? '';
    raw[`benefit${i}Description`] = b?.description ?? '';
  }
  return raw;
}

/** The new initiative with its link to the original and the KS reuse source set. */
export function linkToOriginal(created: Initiative, prefill: ReusePrefill): Initiative {
  return { ...created, reusedFrom: { ...prefill.reusedFrom }, reuseSource: prefill.reuseSource };
}

/**
 * The original after `reuse` is recorded on it, or undefined when nothing changes: the same new
 * initiative recorded again (a retried invoke), or an initiative "reusing" itself. Fits
 * InitiativeRepository.update, which writes nothing for undefined.
 */
export function recordReuse(original: Initiative, reuse: ReusedBy): Initiative | undefined {
  if (reuse.id === original.id) return undefined;
  const reusedBy = original.reusedBy ?? [];
  if (reusedBy.some((r) => r.id === reuse.id)) return undefined;
  const next: Initiative = { ...original, reusedBy: [...reusedBy, { ...reuse }] };
  if (next.closing && countsAsAdopted(next)) {
    next.closing = { ...next.closing, spreadActions: withAdopted(next.closing.spreadActions) };
  }
  return next;
}

/** The other units that reused the initiative, each once, in the order they first did («Gjenbrukt av N enheter»). */
export function reusingUnits(i: Initiative): string[] {
  const units: string[] = [];
  for (const r of i.reusedBy ?? []) if (r.unit !== i.unit && !units.includes(r.unit)) units.push(r.unit);
  return units;
}

/** KS «tatt i bruk av andre»: another unit has reused it. Reuse inside the own unit does not spread. */
export function countsAsAdopted(i: Initiative): boolean {
  return reusingUnits(i).length > 0;
}

function withAdopted(actions: SpreadAction[]): SpreadAction[] {
  if (actions.includes('adopted_by_others')) return actions;
  return [...actions.filter((a) => a !== 'none'), 'adopted_by_others'];
}

/**
 * The initiative's spreading as KS counts it: what the leader reported at closing, plus
 * «tatt i bruk av andre» whenever another unit reused it (and then never «none»). Use this,
 * not `closing.spreadActions`, in exports and overviews.
 */
export function spreadActionsOf(i: Initiative): SpreadAction[] {
  const reported = i.closing?.spreadActions ?? [];
  return countsAsAdopted(i) ? withAdopted(reported) : reported;
}
