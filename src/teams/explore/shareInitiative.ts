// `del`: the owner posts their initiative as a card in the team channels linked to its unit
// (`koble kanal`), through the throttled sender. Each initiative is posted once per team,
// whoever presses «Del» twice or however often Teams retries.
import type { TurnContext } from 'botbuilder';
import { isClosed } from '../../domain/initiative/rules';
import { t } from '../../i18n';
import { initiativeShareId } from '../../storage/repositories/initiativeShareRepository';
import { checkEditAccess, ownInitiatives } from '../initiatives/initiativeAccess';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { initiativeSharedCard, sharePickCard } from './shareCards';

type Deps = Pick<TeamsDeps, 'initiatives' | 'config' | 'teamLinks' | 'shares' | 'ideaMessenger' | 'logger' | 'now'>;

export async function sendSharePick(context: TurnContext, deps: Pick<TeamsDeps, 'initiatives'>): Promise<void> {
  const info = turnInfo(context);
  const own = (await ownInitiatives(deps, info)).filter((i) => !isClosed(i.status) || i.status === 'done_in_use');
  if (own.length === 0) {
    await context.sendActivity(t(info.locale, 'explore.shareNone'));
    return;
  }
  await context.sendActivity({ attachments: [sharePickCard(info.locale, own)] });
}

export async function shareInitiative(context: TurnContext, deps: Deps): Promise<void> {
  const info = turnInfo(context);
  const access = await checkEditAccess(deps, info, (context.activity.value as { initiativeId?: unknown } | undefined)?.initiativeId);
  if (!access.ok) {
    await context.sendActivity(t(info.locale, access.message));
    return;
  }
  const initiative = access.initiative;
  const links = await deps.teamLinks.byUnit(initiative.unit);
  if (links.length === 0) {
    await context.sendActivity({ text: t(info.locale, 'explore.shareNoChannel', { unit: initiative.unit }), textFormat: 'plain' });
    return;
  }
  let posted = 0;
  for (const link of links) {
    const now = deps.now().toISOString();
    const { share, created } = await deps.shares.claim({
      id: initiativeShareId(initiative.id, link.teamId),
      kind: 'initiativeShare',
      initiativeId: initiative.id,
      teamId: link.teamId,
      reference: link.channelReference,
      supporters: [],
      sharedBy: info.aadObjectId ?? '',
      sharedAt: now,
      updatedAt: now,
    });
    if (!created) continue;
    const activityId = await deps.ideaMessenger.post(share.reference, initiativeSharedCard(deps.config.defaultLocale, initiative, share));
    if (activityId) await deps.shares.update(share.id, (s) => ({ ...s, activityId }));
    else deps.logger.warn({ initiativeId: initiative.id, teamId: link.teamId }, 'could not post the shared initiative');
    posted++;
  }
  const key = posted > 0 ? 'explore.shared' : 'explore.alreadyShared';
  await context.sendActivity({ text: t(info.locale, key, { title: initiative.title, count: posted }), textFormat: 'plain' });
}
