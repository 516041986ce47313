// Card data for the nudge, the two weekly digests and the roster status. Texts come from the
// language files; user and HR text (initiative titles, names, units, sectors) goes only into
// TextRuns, never where Adaptive Cards render markdown.
import { localDateOf } from '../../domain/calendar/localDate';
import { PROGRAMME_TIME_ZONE } from '../../domain/calendar/timeZone';
import type { Finding } from '../../domain/reminders/rules';
import type { DigestLeader, MessageContent, ProgrammeStats } from '../../domain/reminders/plan';
import { t, type Locale } from '../../i18n';
import { randomUUID } from 'node:crypto';
import { cardAttachment, expandCard, type CardAttachment, type CardJson } from '../cards/template';
import { codeLabel, formatDate } from '../../i18n/format';
import { findingAbout } from '../../i18n/findingText';
import type { DigestNumbers } from '../../domain/overview/digestNumbers';
import { formatNumber } from '../overview/format';
import { openData } from '../overview/verbs';

export interface FindingLine {
  before: string;
  title: string;
  after: string;
  hasTitle: boolean;
}

export function findingLine(locale: Locale, f: Finding): FindingLine {
  const plain = (text: string): FindingLine => ({ before: text, title: '', after: '', hasTitle: false });
  switch (f.rule) {
    case 'registration_due':
      return plain(t(locale, 'nudge.registrationDue', { deadline: formatDate(f.deadline), days: f.workingDaysLeft }));
    case 'registration_overdue':
      return plain(t(locale, 'nudge.registrationOverdue', { deadline: formatDate(f.deadline) }));
    case 'report_overdue':
      return {
        before: t(locale, f.due === 'closingReport' ? 'nudge.closingBefore' : 'nudge.reportBefore'),
        title: f.title,
        after: t(locale, 'nudge.reportAfter', { dueDate: formatDate(f.dueDate) }),
        hasTitle: true,
      };
    case 'stalled':
      return {
        before: t(locale, 'nudge.stalledBefore'),
        title: f.title,
        after: t(locale, 'nudge.stalledAfter', { progress: codeLabel(locale, 'progress', f.progress), days: f.workingDays }),
        hasTitle: true,
      };
    case 'ideas_unanswered':
      return plain(t(locale, 'nudge.ideas', { count: f.count, days: f.workingDays }));
  }
}

export function nudgeCardData(locale: Locale, findings: readonly Finding[], key: string, now: Date): object {
  const reports = findings.filter((f): f is Extract<Finding, { rule: 'report_overdue' }> => f.rule === 'report_overdue');
  return {
    key,
    findings: findings.map((f) => findingLine(locale, f)),
    showRegister: findings.some((f) => f.rule === 'registration_due' || f.rule === 'registration_overdue'),
    hasReportId: reports.length === 1,
    reportInitiativeId: reports.length === 1 ? reports[0]!.initiativeId : '',
    showReportPicker: reports.length > 1,
    minDate: localDateOf(now, PROGRAMME_TIME_ZONE),
  };
}

const MAX_NAMES = 30;

function nameList(locale: Locale, people: ReadonlyArray<{ name: string; unit: string }>): string {
  const shown = people.slice(0, MAX_NAMES).map((p) => `${p.name} (${p.unit})`);
  if (people.length > MAX_NAMES) shown.push(t(locale, 'digest.more', { count: people.length - MAX_NAMES }));
  return shown.join(', ');
}

/** The overview's numbers on a digest, and the button that opens `oversikt`. */
export function digestNumbersData(locale: Locale, numbers: DigestNumbers | undefined) {
  const n = formatNumber;
  return {
    hasNumbers: !!numbers,
    headline: numbers ? t(locale, 'overview.headline', { registered: n(numbers.registered), expected: n(numbers.expected) }) : '',
    numbers: numbers
      ? [
          { title: t(locale, 'overview.initiatives'), value: n(numbers.initiatives) },
          { title: t(locale, 'overview.onTime'), value: n(numbers.onTime) },
          { title: t(locale, 'overview.late'), value: n(numbers.late) },
          { title: t(locale, 'overview.closedInUse'), value: n(numbers.inUse) },
          { title: t(locale, 'export.summary.ideasSubmitted'), value: n(numbers.ideasSubmitted) },
          { title: t(locale, 'export.summary.ideasAnswered'), value: n(numbers.ideasAnswered) },
        ]
      : [],
    openOverview: openData(),
  };
}

export function sectorDigestData(locale: Locale, sector: string, leaders: readonly DigestLeader[], numbers?: DigestNumbers): object {
  return {
    ...digestNumbersData(locale, numbers),
    intro: t(locale, 'digest.sectorIntro', { sector }),
    leaders: leaders.map((l) => ({
      name: l.name,
      unit: l.unit,
      missed: t(locale, 'digest.missed', { count: l.missedDeadlines }),
      lacks: l.findings.map((f) => findingAbout(locale, f)).join('; '),
    })),
  };
}

export function ownerDigestData(
  locale: Locale,
  stats: ProgrammeStats,
  bySector: ReadonlyArray<{ sector: string; expected: number; laggards: number; escalated: number }>,
  numbers?: DigestNumbers,
): object {
  // Numbers as plain strings: the templating's string() would format 2000 as "2,000".
  const n = (v: number) => String(v);
  return {
    ...digestNumbersData(locale, numbers),
    stats: { expected: n(stats.expected), reachable: n(stats.reachable), registered: n(stats.registered), laggards: n(stats.laggards), escalated: n(stats.escalated) },
    sectors: bySector.map((s) => ({ sector: s.sector, line: t(locale, 'digest.sectorLine', { laggards: s.laggards, expected: s.expected, escalated: s.escalated }) })),
    hasUnreachable: stats.unreachable.length > 0,
    unreachable: nameList(locale, stats.unreachable),
  };
}

export interface RosterStatus {
  expected: number;
  reachable: number;
  registered: number;
  unmatched: number;
  refused: Array<{ name: string; unit: string }>;
  sentThisWeek: number;
  failedThisWeek: number;
}

export function rosterStatusData(locale: Locale, s: RosterStatus): object {
  return {
    expected: String(s.expected),
    reachable: String(s.reachable),
    registered: String(s.registered),
    unmatched: String(s.unmatched),
    refused: String(s.refused.length),
    sentThisWeek: String(s.sentThisWeek),
    failedThisWeek: String(s.failedThisWeek),
    hasRefused: s.refused.length > 0,
    refusedNames: nameList(locale, s.refused),
  };
}

/** The card for a planned message. */
/** Stands for the outbox key in a nudge card expanded once for many leaders. */
const KEY_SLOT = `\u0000key:${randomUUID()}`;
const NUDGE_SHAPES_KEPT = 100;
const nudgeShapes = new Map<string, CardJson>();

/**
 * A reminder run sends thousands of nudges that differ only in the outbox key on their buttons
 * (the same findings and dates for everyone behind on the same deadline): the template is
 * expanded once per shape and the key filled in, instead of a template expansion per message.
 */
export function nudgeCard(locale: Locale, findings: readonly Finding[], key: string, now: Date): CardJson {
  const data = nudgeCardData(locale, findings, KEY_SLOT, now);
  const shape = JSON.stringify([locale, data]);
  let card = nudgeShapes.get(shape);
  if (!card) {
    card = expandCard('nudge', locale, data);
    nudgeShapes.set(shape, card);
    if (nudgeShapes.size > NUDGE_SHAPES_KEPT) nudgeShapes.delete(nudgeShapes.keys().next().value!);
  }
  return withKey(card, key) as CardJson;
}

function withKey(node: unknown, key: string): unknown {
  if (node === KEY_SLOT) return key;
  if (Array.isArray(node)) return node.map((n) => withKey(n, key));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withKey(v, key)]));
  return node;
}

export function messageCard(locale: Locale, content: MessageContent, key: string, now: Date): CardAttachment {
  switch (content.kind) {
    case 'nudge':
      return cardAttachment(nudgeCard(locale, content.findings, key, now));
    case 'sector_digest':
      return cardAttachment(expandCard('digestSector', locale, sectorDigestData(locale, content.sector, content.leaders, content.numbers)));
    case 'owner_digest':
      return cardAttachment(expandCard('digestOwner', locale, ownerDigestData(locale, content.stats, content.bySector, content.numbers)));
  }
}

/** Text shown in the notification and chat list. */
export function messageSummary(locale: Locale, content: MessageContent): string {
  return content.kind === 'nudge' ? t(locale, 'nudge.title') : content.kind === 'sector_digest' ? t(locale, 'digest.sectorTitle') : t(locale, 'digest.ownerTitle');
}
