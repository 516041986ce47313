// Removal on request, for admins: the cards (e-mail, then confirm) and what the three steps
// share. Only the confirmation removes; every step checks the admin role on the server.
import type { TurnContext } from 'botbuilder';
import { t, type Locale } from '../../i18n';
import type { CardJson } from '../cards/template';
import { turnInfo } from '../turn/turnInfo';

const EMAIL = /^[^\s@]{1,100}@[^\s@]{1,100}\.[^\s@]{2,20}$/;
const card = (body: unknown[], actions: unknown[]): CardJson => ({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, actions });

export function removalFormCard(locale: Locale): CardJson {
  return card(
    [
      { type: 'TextBlock', text: t(locale, 'programme.removal.title'), size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: t(locale, 'programme.removal.intro'), wrap: true, isSubtle: true },
      { type: 'Input.Text', id: 'email', label: t(locale, 'programme.removal.email'), style: 'Email', maxLength: 200 },
    ],
    [{ type: 'Action.Submit', title: t(locale, 'programme.removal.next'), data: { verb: 'personRemoveAsk' } }],
  );
}

export function removalConfirmCard(locale: Locale, email: string): CardJson {
  return card(
    [{ type: 'TextBlock', text: t(locale, 'programme.removal.confirm', { email }), wrap: true, weight: 'Bolder', color: 'Attention' }],
    [{ type: 'Action.Submit', title: t(locale, 'programme.removal.confirmButton'), style: 'destructive', data: { verb: 'personRemove', email } }],
  );
}

/** True (and the speaker told so) when the speaker is not a programme admin. */
export async function refuseNonAdmin(context: TurnContext): Promise<boolean> {
  if (turnInfo(context).roles.admin) return false;
  await context.sendActivity(t(turnInfo(context).locale, 'programme.removal.adminOnly'));
  return true;
}

/** The e-mail from the submit, lower-case, when it looks like one. */
export function typedEmail(context: TurnContext): string | undefined {
  const raw = ((context.activity.value ?? {}) as Record<string, unknown>).email;
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  return EMAIL.test(email) ? email : undefined;
}
