// «Minn meg på om en uke» on the nudge card: no reminders to this leader for a week.
import type { TurnContext } from 'botbuilder';
import { snoozeUntil } from '../../domain/reminders/availability';
import { t } from '../../i18n';
import { formatDate } from '../cards/initiativeText';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { rosterEntryOrExplain } from './rosterEntry';

export async function snooze(context: TurnContext, deps: Pick<TeamsDeps, 'roster' | 'now'>): Promise<void> {
  const entry = await rosterEntryOrExplain(context, deps);
  if (!entry) return;
  const until = snoozeUntil(deps.now());
  await deps.roster.snooze(entry.id, until);
  await context.sendActivity(t(turnInfo(context).locale, 'reminders.snoozed', { date: formatDate(until.toISOString()) }));
}
