// «Bruk dette tiltaket» («stjæl med stil»): a leader starts a proposal prefilled from another
// unit's initiative. The prefill is built from the stored original, never from the card; who
// may do it is decided from the roster (roles), here and again when the proposal is registered.
import type { TurnContext } from 'botbuilder';
import { isLeader } from '../../domain/access/roles';
import { reusePrefill, reuseRawForm } from '../../domain/initiative/reuse';
import { t } from '../../i18n';
import { DIALOG } from '../forms/dialogIds';
import { beginForm } from '../forms/startDialog';
import type { ProposeOptions } from '../initiatives/proposeInitiativeDialog';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';

export async function startReuse(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs' | 'initiatives'>): Promise<void> {
  const { locale, roles } = turnInfo(context);
  if (!isLeader(roles)) {
    await context.sendActivity(t(locale, 'explore.reuseLeadersOnly'));
    return;
  }
  const id = (context.activity.value as { initiativeId?: unknown } | undefined)?.initiativeId;
  const original = typeof id === 'string' && id !== '' ? (await deps.initiatives.get(id))?.value : undefined;
  if (!original) {
    await context.sendActivity(t(locale, 'explore.notFound'));
    return;
  }
  const options: ProposeOptions = { prefill: reuseRawForm(reusePrefill(original), t(locale, 'explore.reuseMarker')), reuseOf: original.id };
  await context.sendActivity({ text: t(locale, 'explore.reuseStarted', { title: original.title }), textFormat: 'plain' });
  await beginForm(context, deps, DIALOG.propose, options);
}
