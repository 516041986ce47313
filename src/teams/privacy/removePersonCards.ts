// Removal on request, for admins: «fjern person» asks for the e-mail, a second card asks to
// confirm, and only the confirmation removes. The result is logged as counts, without the name.
import type { TurnContext } from 'botbuilder';
import { removePerson } from '../../privacy/removePerson';
import { t, type Locale } from '../../i18n';
import { cardAttachment, type CardJson } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
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

function adminOnly(context: TurnContext): boolean {
  return turnInfo(context).roles.admin;
}

function typedEmail(context: TurnContext): string | undefined {
  const raw = ((context.activity.value ?? {}) as Record<string, unknown>).email;
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  return EMAIL.test(email) ? email : undefined;
}

export async function startPersonRemoval(context: TurnContext): Promise<void> {
  const { locale } = turnInfo(context);
  if (!adminOnly(context)) return void (await context.sendActivity(t(locale, 'programme.removal.adminOnly')));
  await context.sendActivity({ attachments: [cardAttachment(removalFormCard(locale))] });
}

export async function askPersonRemoval(context: TurnContext): Promise<void> {
  const { locale } = turnInfo(context);
  if (!adminOnly(context)) return void (await context.sendActivity(t(locale, 'programme.removal.adminOnly')));
  const email = typedEmail(context);
  if (!email) return void (await context.sendActivity(t(locale, 'programme.removal.invalidEmail')));
  await context.sendActivity({ attachments: [cardAttachment(removalConfirmCard(locale, email))] });
}

export async function confirmPersonRemoval(context: TurnContext, deps: Pick<TeamsDeps, 'store' | 'logger'>): Promise<void> {
  const { locale } = turnInfo(context);
  if (!adminOnly(context)) return void (await context.sendActivity(t(locale, 'programme.removal.adminOnly')));
  const email = typedEmail(context);
  if (!email) return void (await context.sendActivity(t(locale, 'programme.removal.invalidEmail')));
  // Stored text is replaced in the municipality's default language (bokmål), whoever removes.
  const result = await removePerson(deps.store, email, { formerLeader: t('nb', 'privacy.formerLeader'), redacted: t('nb', 'privacy.redacted') });
  const sum = (counts: Record<string, number | undefined>) => Object.values(counts).reduce<number>((s, n) => s + (n ?? 0), 0);
  deps.logger.info({ found: result.found, deleted: result.deleted, anonymised: result.anonymised, by: turnInfo(context).aadObjectId }, 'person removed on request');
  if (!result.found) return void (await context.sendActivity(t(locale, 'programme.removal.notFound', { email })));
  await context.sendActivity(t(locale, 'programme.removal.done', { deleted: sum(result.deleted), anonymised: sum(result.anonymised) }));
}
