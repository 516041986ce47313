// The dry run as a programme owner reads it: one line per roster leader (who, why, when), then
// the digests. Language: the configured default (bokmål unless DEFAULT_LOCALE=en).
import { DateTime } from 'luxon';
import { findingAbout } from '../i18n/findingText';
import { formatDate } from '../i18n/format';
import { t, type Locale } from '../i18n';
import type { PlannedMessage } from '../domain/reminders/plan';
import type { RunReport } from './reminderJob';

function when(locale: Locale, at: Date | undefined, timeZone: string): string {
  if (!at) return t(locale, 'reminders.dryRun.never');
  return DateTime.fromJSDate(at, { zone: timeZone }).setLocale(locale === 'nb' ? 'nb-NO' : 'en-GB').toFormat('cccc d. LLLL yyyy HH:mm');
}

export function formatDryRun(report: RunReport, locale: Locale, timeZone: string): string {
  const lines: string[] = [];
  lines.push(t(locale, 'reminders.dryRun.header', { now: when(locale, report.at, timeZone), period: report.period }));
  if (report.rosterEmpty) lines.push(t(locale, 'reminders.dryRun.rosterEmpty'));
  const s = report.stats;
  if (s) lines.push(t(locale, 'reminders.dryRun.summary', { ...s, unreachable: s.unreachable.length }));
  lines.push(report.cycleName ? t(locale, 'reminders.dryRun.cycle', { name: report.cycleName, deadline: formatDate(report.cycleDeadline ?? '') }) : t(locale, 'reminders.dryRun.noCycle'));
  lines.push('');
  const nudges = new Map<string, PlannedMessage>();
  for (const m of report.messages) if (m.kind === 'nudge') nudges.set(m.recipient.key, m);
  for (const e of report.evaluations) {
    const l = e.leader;
    const base = { name: l.name, email: l.id };
    const m = nudges.get(l.id);
    if (!m) {
      lines.push(t(locale, 'reminders.dryRun.ok', base));
      continue;
    }
    const why = e.findings.map((f) => findingAbout(locale, f)).join('; ');
    const existing = report.existing.get(m.key);
    if (existing) lines.push(t(locale, 'reminders.dryRun.alreadySent', { ...base, status: existing }));
    else if (m.readiness.state === 'now') lines.push(t(locale, 'reminders.dryRun.nudgeNow', { ...base, why }));
    else if (m.readiness.state === 'later')
      lines.push(t(locale, 'reminders.dryRun.nudgeLater', { ...base, why, when: when(locale, m.readiness.nextAt, timeZone), reason: t(locale, `reminders.dryRun.reason.${m.readiness.reason}`) }));
    else lines.push(t(locale, 'reminders.dryRun.nudgeNever', { ...base, why }));
  }
  const digests = report.messages.filter((m) => m.kind !== 'nudge');
  if (digests.length) lines.push('');
  for (const m of digests) {
    const kind = t(locale, m.kind === 'sector_digest' ? 'reminders.dryRun.kind.sector_digest' : 'reminders.dryRun.kind.owner_digest');
    const name = m.recipient.name;
    if (m.readiness.state === 'now') lines.push(t(locale, 'reminders.dryRun.digestNow', { kind, name }));
    else if (m.readiness.state === 'later')
      lines.push(t(locale, 'reminders.dryRun.digestLater', { kind, name, when: when(locale, m.readiness.nextAt, timeZone), reason: t(locale, `reminders.dryRun.reason.${m.readiness.reason}`) }));
    else lines.push(t(locale, 'reminders.dryRun.digestNever', { kind, name }));
  }
  return lines.join('\n') + '\n';
}
