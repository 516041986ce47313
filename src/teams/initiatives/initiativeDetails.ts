import type { TurnContext } from 'botbuilder';
import { t } from '../../i18n';
import { initiativeDetailCard } from '../cards/initiativeCards';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { checkEditAccess } from './initiativeAccess';
import { coOwnerChoices } from './coOwnerChoices';

/** «Detaljer»: the detail card (phase step bar, benefits, recent reports), for those who may edit it. */
export async function sendInitiativeDetails(context: TurnContext, deps: Pick<TeamsDeps, 'initiatives' | 'reports' | 'config' | 'roster'>): Promise<void> {
  const info = turnInfo(context);
  const initiativeId = (context.activity.value as { initiativeId?: unknown } | undefined)?.initiativeId;
  const access = await checkEditAccess(deps, info, initiativeId);
  if (!access.ok) {
    await context.sendActivity(t(info.locale, access.message));
    return;
  }
  const reports = await deps.reports.history(access.initiative.id);
  const { names } = await coOwnerChoices(deps, access.initiative);
  const coOwners = access.initiative.coOwnerIds.map((id) => names.get(id) ?? id);
  await context.sendActivity({ attachments: [initiativeDetailCard(info.locale, access.initiative, reports, coOwners)] });
}
