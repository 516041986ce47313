// `utforsk` / `utforsk ORD …`: search every initiative in the municipality, and the search
// form's «Søk» and page buttons. The form is read as untrusted (parseSearchRequest).
import type { TurnContext } from 'botbuilder';
import { DEFAULT_PAGE, parseSearchRequest, type SearchRequest } from '../../domain/search/searchRequest';
import { commandText } from '../commandMatch';
import { commandRoutes } from '../routes';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { exploreListCard } from './exploreCards';

type Deps = Pick<TeamsDeps, 'search' | 'config'>;

export async function sendExplore(context: TurnContext, deps: Deps): Promise<void> {
  const route = commandRoutes().find((c) => c.id === 'explore');
  const query = (route && commandText(route, context.activity.text)) ?? '';
  await sendResults(context, deps, { ...parseSearchRequest({ query }, deps.config.sectors), page: DEFAULT_PAGE });
}

export async function exploreSearch(context: TurnContext, deps: Deps): Promise<void> {
  await sendResults(context, deps, parseSearchRequest(context.activity.value, deps.config.sectors));
}

async function sendResults(context: TurnContext, deps: Deps, request: SearchRequest): Promise<void> {
  const result = deps.search.search(request.query, request.filters, request.page);
  const { locale, roles } = turnInfo(context);
  await context.sendActivity({ attachments: [exploreListCard(locale, request, result, deps.config.sectors, roles, deps.search.size())] });
}
