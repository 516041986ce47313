// The idea form's «Send» (Action.Execute), from an employee in the channel or a leader
// registering an idea on someone's behalf.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { permits } from '../../domain/access/permissions';
import { isIdeaToken } from '../../domain/idea/idea';
import { t } from '../../i18n';
import { expandCard } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { createIdea } from './createIdea';
import { ideaFormCard } from './ideaCards';
import { cardResponse, errorResponse } from './ideaResponses';
import { rawForm } from './ideaText';

export async function submitIdea(
  context: TurnContext,
  data: Record<string, unknown>,
  deps: Pick<TeamsDeps, 'config' | 'ideas' | 'teamLinks' | 'ideaCards' | 'now'>,
): Promise<AdaptiveCardInvokeResponse> {
  const { locale, aadObjectId, roles } = turnInfo(context);
  if (!isIdeaToken(data.token) || !aadObjectId) return errorResponse(400, 'BadRequest', t(locale, 'ideas.invalidForm'));
  const onBehalf = data.onBehalf === true;
  // Registering on someone's behalf is a leader's action (the same table as the routes).
  if (onBehalf && !permits('leader', { aadObjectId, roles })) return errorResponse(403, 'Forbidden', t(locale, 'access.notOnRoster'));
  const raw = rawForm(data);
  const result = await createIdea(context, deps, data.token, raw, onBehalf);
  if (result.errors && !result.errors.ok) {
    return cardResponse(ideaFormCard(locale, { token: data.token, mode: 'execute', onBehalf, allowAnonymous: deps.config.ideasAllowAnonymous, values: raw, errors: result.errors.errors }));
  }
  const message = t(locale, onBehalf ? 'ideas.registeredCard' : 'ideas.submittedCard');
  return cardResponse(expandCard('ideaSubmitted', locale, { message, title: result.idea?.title ?? '' }));
}
