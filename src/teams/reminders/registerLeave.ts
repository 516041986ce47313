// «Jeg har permisjon til …» on the nudge card: no reminders until the leader is back.
import type { TurnContext } from 'botbuilder';
import { leaveUntil } from '../../domain/reminders/availability';
import { t } from '../../i18n';
import { formatDate } from '../cards/initiativeText';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { rosterEntryOrExplain } from './rosterEntry';

export async function registerLeave(context: TurnContext, deps: Pick<TeamsDeps, 'roster' | 'config' | 'now'>): Promise<void> {
  const { locale } = turnInfo(context);
  const entry = await rosterEntryOrExplain(context, deps);
  if (!entry) return;
  const value = (context.activity.value ?? {}) as { leaveUntil?: unknown };
  const date = typeof value.leaveUntil === 'string' ? value.leaveUntil.trim() : '';
  let period;
  try {
    period = /^\d{4}-\d{2}-\d{2}$/.test(date) ? leaveUntil(deps.now(), date, deps.config.reminders.policy.timeZone) : undefined;
  } catch {
    period = undefined;
  }
  if (!period) {
    await context.sendActivity(t(locale, 'reminders.leaveInvalid'));
    return;
  }
  await deps.roster.addLeave(entry.id, period);
  await context.sendActivity(t(locale, 'reminders.leaveSaved', { date: formatDate(date) }));
}
