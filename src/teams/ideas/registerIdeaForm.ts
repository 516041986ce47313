// A leader's «Registrer idé»: the idea form for registering an idea on an employee's behalf.
import { randomUUID } from 'node:crypto';
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { t } from '../../i18n';
import { turnInfo } from '../turn/turnInfo';
import { ideaFormCard } from './ideaCards';
import { cardResponse, errorResponse } from './ideaResponses';

export async function registerIdeaForm(context: TurnContext): Promise<AdaptiveCardInvokeResponse> {
  const { locale } = turnInfo(context);
  return cardResponse(ideaFormCard(locale, { token: randomUUID(), mode: 'execute', onBehalf: true, allowAnonymous: false }));
}
