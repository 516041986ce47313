// «Gjenåpne» on a closed initiative: the owner, a co-owner or an admin makes it active again
// (checked on the server, whatever the card says). A retried click changes nothing twice.
import type { TurnContext } from 'botbuilder';
import { reopenInitiative } from '../../domain/initiative/reopen';
import { isClosed } from '../../domain/initiative/rules';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { checkEditAccess } from './initiativeAccess';

export async function reopenClosedInitiative(context: TurnContext, deps: Pick<TeamsDeps, 'initiatives' | 'config' | 'now'>): Promise<void> {
  const info = turnInfo(context);
  const initiativeId = (context.activity.value as { initiativeId?: unknown } | undefined)?.initiativeId;
  const access = await checkEditAccess(deps, info, initiativeId);
  if (!access.ok) {
    await context.sendActivity(t(info.locale, access.message));
    return;
  }
  if (!isClosed(access.initiative.status)) {
    await context.sendActivity({ text: t(info.locale, 'reopen.alreadyOpen', { title: access.initiative.title }), textFormat: 'plain' });
    return;
  }
  const by = { id: info.aadObjectId!, name: context.activity.from?.name ?? '' };
  const updated = await deps.initiatives.update(access.initiative.id, (current) => reopenInitiative(current, by, deps.now()));
  await context.sendActivity({ text: t(info.locale, 'reopen.done', { title: (updated ?? access.initiative).title }), textFormat: 'plain' });
}
