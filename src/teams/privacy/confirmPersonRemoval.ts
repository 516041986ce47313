// «Ja, fjern»: removePerson for the e-mail; the result is logged as counts, without the name.
import type { TurnContext } from 'botbuilder';
import { removePerson } from '../../privacy/removePerson';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { refuseNonAdmin, typedEmail } from './removalCards';

export async function confirmPersonRemoval(context: TurnContext, deps: Pick<TeamsDeps, 'store' | 'logger'>): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  const { locale } = turnInfo(context);
  const email = typedEmail(context);
  if (!email) return void (await context.sendActivity(t(locale, 'programme.removal.invalidEmail')));
  // Stored text is replaced in the municipality's default language (bokmål), whoever removes.
  const result = await removePerson(deps.store, email, { formerLeader: t('nb', 'privacy.formerLeader'), redacted: t('nb', 'privacy.redacted') });
  const sum = (counts: Record<string, number | undefined>) => Object.values(counts).reduce<number>((s, n) => s + (n ?? 0), 0);
  deps.logger.info({ found: result.found, deleted: result.deleted, anonymised: result.anonymised, by: turnInfo(context).aadObjectId }, 'person removed on request');
  if (!result.found) return void (await context.sendActivity(t(locale, 'programme.removal.notFound', { email })));
  await context.sendActivity(t(locale, 'programme.removal.done', { deleted: sum(result.deleted), anonymised: sum(result.anonymised) }));
}
