import type { TurnContext } from 'botbuilder';
import { nextDue } from '../../domain/initiative/rules';
import { t } from '../../i18n';
import { initiativeDetailCard, initiativeListCard } from '../cards/initiativeCards';
import { checkEditAccess, ownInitiatives } from './initiativeAccess';
import { osloToday, type TeamsServices } from '../dialogs/services';
import { turnInfo } from '../turn/turnInfo';

const MAX_LISTED = 20;

/** `mine tiltak`: the leader's initiatives with phase, status, last report and what is due. */
export async function sendMyInitiatives(context: TurnContext, services: TeamsServices): Promise<void> {
  const info = turnInfo(context);
  const today = osloToday(services.now());
  const initiatives = await ownInitiatives(services, info);
  // A card must stay under Teams' 28 KB: the newest initiatives first, at most MAX_LISTED.
  const items = initiatives
    .slice()
    .reverse()
    .slice(0, MAX_LISTED)
    .map((initiative) => ({ initiative, due: nextDue(initiative, today) }));
  await context.sendActivity({ attachments: [initiativeListCard(info.locale, items)] });
}

/** The detail card (phase step bar, benefits, recent reports), for those who may edit it. */
export async function sendInitiativeDetails(context: TurnContext, services: TeamsServices, initiativeId: unknown): Promise<void> {
  const info = turnInfo(context);
  const access = await checkEditAccess(services, info, initiativeId);
  if (!access.ok) {
    await context.sendActivity(t(info.locale, access.message));
    return;
  }
  const reports = await services.reports.history(access.initiative.id);
  await context.sendActivity({ attachments: [initiativeDetailCard(info.locale, access.initiative, reports)] });
}
