// Buttons on the nudge card ("Minn meg på om en uke", "Jeg har permisjon til ...") and the
// admins' `roster` status command. Registrer tiltak / Rapporter nå are ordinary commands.
import type { TurnContext } from 'botbuilder';
import { workingWeekKey } from '../../domain/calendar/workingTime';
import { leaveUntil, snoozeUntil } from '../../domain/reminders/availability';
import { aadIdOf } from '../../domain/roster/roster';
import { t } from '../../i18n';
import { loadFacts, StoredIdeaSource } from '../../scheduler/facts';
import { cardAttachment, expandCard } from '../cards/template';
import { formatDate } from '../cards/initiativeText';
import { rosterStatusData, type RosterStatus } from '../proactive/reminderCards';
import { reminderServices, type ReminderServices } from '../proactive/rosterMiddleware';
import { turnInfo } from '../turn/turnInfo';
import { normalizeText } from '../turn/commandText';
import type { DocumentStore } from '../../storage/documentStore';
import type { OutboxRepository } from '../../storage/repositories/outboxRepository';
import type { AppConfig } from '../../config';

export const REMINDER_VERBS = ['snooze', 'leave'] as const;

export function isReminderVerb(verb: unknown): verb is (typeof REMINDER_VERBS)[number] {
  return typeof verb === 'string' && (REMINDER_VERBS as readonly string[]).includes(verb);
}

function services(context: TurnContext): ReminderServices {
  const s = reminderServices(context);
  if (!s) throw new Error('reminder services missing: is RosterMiddleware installed?');
  return s;
}

export async function handleReminderAction(context: TurnContext, value: { verb?: unknown; leaveUntil?: unknown }): Promise<void> {
  const { locale, aadObjectId } = turnInfo(context);
  const s = services(context);
  const entry = aadObjectId ? await s.roster.findByAadObjectId(aadObjectId) : undefined;
  if (!entry) {
    await context.sendActivity(t(locale, 'reminders.notOnRoster'));
    return;
  }
  const now = s.now();
  const zone = s.config.reminders.policy.timeZone;
  if (value.verb === 'snooze') {
    const until = snoozeUntil(now);
    await s.roster.snooze(entry.id, until);
    await context.sendActivity(t(locale, 'reminders.snoozed', { date: formatDate(until.toISOString()) }));
    return;
  }
  const date = typeof value.leaveUntil === 'string' ? value.leaveUntil.trim() : '';
  let period;
  try {
    period = /^\d{4}-\d{2}-\d{2}$/.test(date) ? leaveUntil(now, date, zone) : undefined;
  } catch {
    period = undefined;
  }
  if (!period) {
    await context.sendActivity(t(locale, 'reminders.leaveInvalid'));
    return;
  }
  await s.roster.addLeave(entry.id, period);
  await context.sendActivity(t(locale, 'reminders.leaveSaved', { date: formatDate(date) }));
}

/** Counts for the `roster` command and the bench. */
export async function rosterStatus(store: DocumentStore, outbox: OutboxRepository, config: AppConfig, now: Date): Promise<RosterStatus> {
  const facts = await loadFacts(store, new StoredIdeaSource(store));
  const week = await outbox.byPeriod(workingWeekKey(now, config.reminders.policy));
  const refused = facts.leaders.filter((l) => l.aadObjectId && facts.conversationsByAad.get(l.aadObjectId)?.unreachableAt);
  return {
    expected: facts.leaders.length,
    reachable: facts.leaders.filter((l) => l.reachable).length,
    registered: facts.leaders.filter((l) => l.initiatives.length > 0).length,
    unmatched: facts.roster.filter((r) => !aadIdOf(r)).length,
    refused: refused.map((l) => ({ name: l.name, unit: l.unit })),
    sentThisWeek: week.filter((r) => r.kind === 'nudge' && r.status === 'sent').length,
    failedThisWeek: week.filter((r) => r.status === 'failed' || r.status === 'unreachable').length,
  };
}

export async function sendRosterStatus(context: TurnContext, isAdmin: boolean): Promise<void> {
  const { locale } = turnInfo(context);
  if (!isAdmin) {
    await context.sendActivity(t(locale, 'roster.adminsOnly'));
    return;
  }
  const s = services(context);
  const status = await rosterStatus(s.store, s.outbox, s.config, s.now());
  if (status.expected === 0) {
    await context.sendActivity(t(locale, 'roster.empty'));
    return;
  }
  await context.sendActivity({ attachments: [cardAttachment(expandCard('rosterStatus', locale, rosterStatusData(locale, status)))] });
}
