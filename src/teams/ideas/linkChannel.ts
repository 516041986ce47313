// `koble kanal` (typed in a team channel, or the button on the link prompt): links the team to
// a unit the speaker leads on the roster, so the team's ideas reach that leader. A leader of
// several units keeps the team's current unit when it is theirs, else gets their first.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { ledUnit } from '../../domain/idea/access';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { messageResponse } from './ideaResponses';
import { channelPostReference } from './ideaMessenger';

type Deps = Pick<TeamsDeps, 'teamLinks' | 'ideas' | 'ideaCards' | 'now'>;

/** Links the team of this turn to the speaker's unit; returns the answer to show. */
async function linkTeam(context: TurnContext, deps: Deps): Promise<string> {
  const { locale, aadObjectId, roles } = turnInfo(context);
  const a = context.activity;
  const teamId = (a.channelData as { team?: { id?: string } } | undefined)?.team?.id;
  if (!teamId) return t(locale, 'ideas.notInTeam');
  const current = await deps.teamLinks.get(teamId);
  const led = ledUnit(roles, current?.unit);
  if (!led || !aadObjectId) return t(locale, 'access.notOnRoster');
  await deps.teamLinks.link({ teamId, unit: led.unit, sector: led.sector, channelReference: channelPostReference(a), linkedBy: { aadObjectId, userId: a.from.id } });
  // Ideas posted before the team was linked now belong to the unit.
  for (const idea of await deps.ideas.listUnlinkedByTeam(teamId)) {
    await deps.ideas.update(idea.id, (i) => (i.unit ? undefined : { ...i, unit: led.unit, sector: led.sector, updatedAt: deps.now().toISOString() }));
    await deps.ideaCards.refresh(idea.id);
  }
  return t(locale, 'ideas.linked', { unit: led.unit });
}

/** The typed command. */
export async function linkChannel(context: TurnContext, deps: Deps): Promise<void> {
  // The unit's name comes from the roster: shown literally, never as markdown.
  await context.sendActivity({ text: await linkTeam(context, deps), textFormat: 'plain' });
}

/** The link prompt's button (Action.Execute). */
export async function linkChannelFromCard(context: TurnContext, _data: Record<string, unknown>, deps: Deps): Promise<AdaptiveCardInvokeResponse> {
  return messageResponse(await linkTeam(context, deps));
}
