import type { TurnContext } from 'botbuilder';
import { nextDue } from '../../domain/initiative/rules';
import { initiativeListCard } from '../cards/initiativeCards';
import { openFormOf } from '../forms/showOpenForm';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { ownInitiatives } from './initiativeAccess';
import { listViewerOf } from './initiativeListCard';
import { osloToday } from './osloToday';

const MAX_LISTED = 20;

/**
 * `mine tiltak`: the leader's initiatives with phase, status, last report and what is due; and
 * a form they have open and not sent, with a button back to it (typing a command does not end it).
 */
export async function sendMyInitiatives(context: TurnContext, deps: Pick<TeamsDeps, 'initiatives' | 'now' | 'dialogs'>): Promise<void> {
  const info = turnInfo(context);
  const today = osloToday(deps.now());
  const initiatives = await ownInitiatives(deps, info);
  const openForm = openFormOf(await deps.dialogs.createContext(context));
  // A card must stay under Teams' 28 KB: the newest initiatives first, at most MAX_LISTED.
  const items = initiatives
    .slice()
    .reverse()
    .slice(0, MAX_LISTED)
    .map((initiative) => ({ initiative, due: nextDue(initiative, today) }));
  await context.sendActivity({ attachments: [initiativeListCard(info.locale, items, info.aadObjectId, openForm, listViewerOf(info.roles))] });
}
