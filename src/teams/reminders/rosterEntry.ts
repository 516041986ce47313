import type { TurnContext } from 'botbuilder';
import type { RosterEntry } from '../../domain/roster/roster';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';

/** The speaker's roster entry; when they are not on the roster, says so and gives undefined. */
export async function rosterEntryOrExplain(context: TurnContext, deps: Pick<TeamsDeps, 'roster'>): Promise<RosterEntry | undefined> {
  const { locale, aadObjectId } = turnInfo(context);
  const entry = aadObjectId ? await deps.roster.findByAadObjectId(aadObjectId) : undefined;
  if (!entry) await context.sendActivity(t(locale, 'reminders.notOnRoster'));
  return entry;
}
