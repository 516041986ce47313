// A number on the overview card pressed: the people behind it, one page at a time. The request
// is validated again here and answered from the viewer's own scoped view, so a kommunalsjef who
// edits the button's data to name another sector gets a refusal, not that sector's people.
import type { TurnContext } from 'botbuilder';
import { drilldown, parseDrilldown } from '../../domain/overview/drilldown';
import { t } from '../../i18n';
import { cardAttachment, expandCard } from '../cards/template';
import { turnInfo } from '../turn/turnInfo';
import { drilldownCardData } from './overviewCardData';
import { overviewForTurn, type OverviewDeps } from './overviewView';

export async function sendDrilldown(context: TurnContext, deps: OverviewDeps): Promise<void> {
  const { locale } = turnInfo(context);
  const request = parseDrilldown(context.activity.value);
  const { view } = request ? await overviewForTurn(context, deps) : { view: undefined };
  const named = view && request && drilldown(view, request);
  if (!request || !named) {
    await context.sendActivity(t(locale, 'overview.notAllowed'));
    return;
  }
  const data = drilldownCardData(named, request, locale, true);
  await context.sendActivity({ attachments: [cardAttachment(expandCard('overviewList', locale, data))] });
}
