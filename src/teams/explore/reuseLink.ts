// After a reuse proposal is registered: link it to the original, record the reuse on the
// original, and thank the original's owner. Safe to run again (a retried «Registrer»): the link
// and the record are written once, and only the turn whose write changed the original sends
// the thank-you, so the owner hears about each reuse once.
import type { TurnContext } from 'botbuilder';
import type { Initiative } from '../../domain/initiative/initiative';
import { linkToOriginal, recordReuse, reusePrefill } from '../../domain/initiative/reuse';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';

export async function reuseRegistered(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'initiatives' | 'reuseThanks' | 'now'>,
  originalId: string,
  created: Initiative,
): Promise<void> {
  const original = (await deps.initiatives.get(originalId))?.value;
  if (!original || original.id === created.id) return;
  const prefill = reusePrefill(original);
  const linked = await deps.initiatives.update(created.id, (i) => (i.reusedFrom ? undefined : linkToOriginal(i, prefill)));
  if (!linked) return;
  const { initiative: updated, written } = await deps.initiatives.updateIfChanged(original.id, (o) =>
    recordReuse(o, { id: linked.id, unit: linked.unit, sector: linked.sector, at: deps.now().toISOString() }),
  );
  if (!written || !updated) return;
  await context.sendActivity({ text: t(turnInfo(context).locale, 'explore.reuseRegistered', { title: updated.title, unit: updated.unit }), textFormat: 'plain' });
  await deps.reuseThanks.thank(updated, linked);
}
