// `oversikt` (and the button on the welcome card and the weekly digest): the overview card for
// the viewer's role. `overviewUnits` is the sector head's next page of units.
import type { TurnContext } from 'botbuilder';
import { t } from '../../i18n';
import { cardAttachment, expandCard } from '../cards/template';
import { turnInfo } from '../turn/turnInfo';
import { leaderCardData, programmeCardData } from './overviewCardData';
import { overviewForTurn, type OverviewDeps } from './overviewView';

const MAX_PAGE = 1000;

async function send(context: TurnContext, deps: OverviewDeps, unitPage: number): Promise<void> {
  const { locale } = turnInfo(context);
  const { view } = await overviewForTurn(context, deps);
  if (view.role === 'none') {
    await context.sendActivity(t(locale, 'overview.noOverview'));
    return;
  }
  const card = view.role === 'leader' ? expandCard('overviewLeader', locale, leaderCardData(view, locale)) : expandCard('overviewProgramme', locale, programmeCardData(view, locale, unitPage));
  await context.sendActivity({ attachments: [cardAttachment(card)] });
}

export function sendOverview(context: TurnContext, deps: OverviewDeps): Promise<void> {
  return send(context, deps, 1);
}

export function sendOverviewUnits(context: TurnContext, deps: OverviewDeps): Promise<void> {
  const page = (context.activity.value as { page?: unknown } | undefined)?.page;
  const valid = typeof page === 'number' && Number.isInteger(page) && page >= 1 && page <= MAX_PAGE;
  return send(context, deps, valid ? page : 1);
}
