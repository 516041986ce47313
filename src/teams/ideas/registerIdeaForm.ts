// A leader's «Registrer idé»: the idea form for registering an idea on an employee's behalf.
import { randomUUID } from 'node:crypto';
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { ledUnit } from '../../domain/idea/access';
import { t } from '../../i18n';
import { turnInfo } from '../turn/turnInfo';
import { ideaFormCard } from './ideaCards';
import { cardResponse, errorResponse } from './ideaResponses';

export async function registerIdeaForm(context: TurnContext): Promise<AdaptiveCardInvokeResponse> {
  const { locale, profile } = turnInfo(context);
  if (!ledUnit(profile)) return errorResponse(403, 'Forbidden', t(locale, 'ideas.notLeader'));
  return cardResponse(ideaFormCard(locale, { token: randomUUID(), mode: 'execute', onBehalf: true, allowAnonymous: false }));
}
