// The search index port: find every initiative in the municipality («utforsk») and the ones
// like a new proposal («Andre har prøvd noe lignende»).
//
// Design note
// - Why MiniSearch: a small, dependency-free, well-kept full-text library that runs in the
//   process, with BM25 ranking, fuzzy and prefix matching as options, and add/replace/discard
//   of single documents. A municipality has hundreds, not millions, of initiatives, so an
//   in-memory index per app instance is cheap (2,000 initiatives index in under a second and a
//   search takes well under a millisecond at the median; `npm run bench:search`) and needs no
//   extra Azure resource. Cosmos DB has no Norwegian full-text search, and a SQL LIKE cannot
//   rank, stem or forgive typos.
// - Norwegian text: `src/domain/search/norwegianText.ts` (pure functions) folds case, keeps
//   æ/ø/å, drops optional accents (idé = ide), splits on punctuation, drops stop words and stems
//   with the Snowball Norwegian stemmer from @nlpjs/lang-no (after bringing -er nouns to one
//   form, which Snowball does not), so nettbrett/nettbrettet and vaktskifte/vaktskiftet are one
//   term. Typos (one edit from 4 letters, two from 8) and prefixes are MiniSearch options.
// - Similar initiatives: MiniSearch ranks; the threshold is ours and simple: at least two shared
//   words that are distinctive here (found in at most 5 % of initiatives), so words every unit
//   uses («barn», «ansatte», «digital») never make a match alone.
// - Staleness: every app instance keeps its own index. It is rebuilt from the store at start-up,
//   updated at once by the instance that saves an initiative (`onInitiativeSaved`), and every
//   instance asks the store for initiatives changed since its last look (`updatedAt`, with an
//   overlap) on an interval, so another instance's change shows after at most one interval
//   (default 60 s). An older version never replaces a newer one (compared by `updatedAt`), so
//   the order of those paths does not matter. Deletions are not a feature of the app; a
//   rebuild clears them.
// - Privacy: a hit carries what a compact list shows (title, unit, sector, phase, status, a
//   one-line need, the owner's name) and nothing else about people.
import type { Phase, Status } from '../domain/initiative/codes';
import type { Initiative } from '../domain/initiative/initiative';
import type { PageRequest, SearchFilters } from '../domain/search/searchRequest';

export {
  clampPage,
  DEFAULT_PAGE,
  matchesFilters,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  type PageRequest,
  type SearchFilters,
} from '../domain/search/searchRequest';

/** What a compact result list shows, and no other personal data than the owner's name. */
export interface SearchHit {
  id: string;
  title: string;
  unit: string;
  sector: string;
  phase: Phase;
  status: Status;
  /** The need (problem) on one line, shortened. */
  need: string;
  ownerName: string;
}

export interface SearchPage {
  hits: SearchHit[];
  /** All matches, over every page. */
  total: number;
  page: number;
  size: number;
}

export interface InitiativeSearchIndex {
  /** Adds or replaces the initiative; a version older (by `updatedAt`) than the indexed one is ignored. */
  upsert(initiative: Initiative): void;
  /** Removes the initiative; removing an absent one is not an error. */
  remove(id: string): void;
  /**
   * Matches `query` (free text; empty lists everything) under `filters`. With text, best match
   * first (ties newest first); without text, newest first.
   */
  search(query: string, filters?: SearchFilters, page?: PageRequest): SearchPage;
  /**
   * Up to `limit` initiatives like `text`, never from `excludeUnit`, best first; only those that
   * share enough words with `text` to be worth showing (empty when nothing is close).
   */
  similar(text: string, excludeUnit: string, limit?: number): SearchHit[];
  /** Replaces the whole content with `all`. */
  rebuild(all: Initiative[]): void;
  /** How many initiatives are indexed. */
  size(): number;
  /** The `updatedAt` of the indexed version, if the initiative is indexed. */
  versionOf(id: string): string | undefined;
}

const NEED_LENGTH = 120;

/** The first line of `text`, cut at a word boundary near `max` characters with an ellipsis. */
export function oneLine(text: string, max = NEED_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function toSearchHit(i: Initiative): SearchHit {
  return {
    id: i.id,
    title: i.title,
    unit: i.unit,
    sector: i.sector,
    phase: i.phase,
    status: i.status,
    need: oneLine(i.problem),
    ownerName: i.ownerName,
  };
}

/** Newest first, then by id so the order is stable across pages. */
export function newestFirst(a: Initiative, b: Initiative): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
