// «Åpne» on a search hit or a similar initiative: those who may edit it get the full details
// card; everyone else a read-only view with nothing personal beyond the owner's name and unit.
import type { TurnContext } from 'botbuilder';
import { canEditInitiative } from '../../domain/initiative/rules';
import { t } from '../../i18n';
import { initiativeDetailCard } from '../cards/initiativeCards';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { initiativePublicCard } from './exploreCards';

export async function openInitiative(context: TurnContext, deps: Pick<TeamsDeps, 'initiatives' | 'reports' | 'config'>): Promise<void> {
  const info = turnInfo(context);
  const id = (context.activity.value as { initiativeId?: unknown } | undefined)?.initiativeId;
  const found = typeof id === 'string' && id !== '' ? (await deps.initiatives.get(id))?.value : undefined;
  if (!found) {
    await context.sendActivity(t(info.locale, 'explore.notFound'));
    return;
  }
  if (info.aadObjectId && canEditInitiative(found, info.aadObjectId, info.roles.admin)) {
    const reports = await deps.reports.history(found.id);
    await context.sendActivity({ attachments: [initiativeDetailCard(info.locale, found, reports)] });
    return;
  }
  await context.sendActivity({ attachments: [initiativePublicCard(info.locale, found, info.roles)] });
}
