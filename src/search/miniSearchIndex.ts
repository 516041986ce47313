// The in-process search index on MiniSearch. Text handling is the domain's (norwegianText);
// ranking (BM25), typo tolerance and prefixes are MiniSearch options, not our own scoring.
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { Initiative } from '../domain/initiative/initiative';
import { searchTerm, searchTerms, splitWords } from '../domain/search/norwegianText';
import {
  clampPage,
  matchesFilters,
  MAX_QUERY_LENGTH,
  newestFirst,
  toSearchHit,
  type InitiativeSearchIndex,
  type PageRequest,
  type SearchFilters,
  type SearchHit,
  type SearchPage,
} from './initiativeSearchIndex';

const FIELDS = ['title', 'problem', 'goal', 'benefits', 'unit'] as const;

/** Title words say most about an initiative; the unit's name helps «sykehjem», «skole». */
const BOOST = { title: 3, problem: 1.5, goal: 1, benefits: 1, unit: 0.5 };

/**
 * Edits forgiven per query term: none for short words (they would match too much), one from
 * four letters («netbrett»), two from eight («velferdstekologi»).
 */
export function typoTolerance(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/**
 * The threshold for «similar»: an initiative must share at least `minDistinctiveTerms` words
 * with the proposal that are distinctive here, i.e. found in at most `commonShare` of all
 * indexed initiatives (and at most 3 in a small index is never common). Words every unit uses
 * («barn», «ansatte», «digital») still weigh in the ranking, but never make a match alone.
 */
export interface SimilarOptions {
  minDistinctiveTerms: number;
  commonShare: number;
}

export const DEFAULT_SIMILAR: SimilarOptions = { minDistinctiveTerms: 2, commonShare: 0.05 };

/** A proposal's title and need fit in this; anything longer is not typed by a person. */
const MAX_SIMILAR_TEXT_LENGTH = 2000;

const TEXT_FIELDS = ['title', 'problem', 'goal', 'benefits'] as const;

/** The distinct terms of an initiative's text fields (what document frequency counts). */
function distinctTerms(i: Initiative): Set<string> {
  return new Set(TEXT_FIELDS.flatMap((f) => searchTerms(extractField(i, f))));
}

function extractField(doc: object, field: string): string {
  const i = doc as Initiative;
  if (field === 'benefits') return (i.benefits ?? []).map((b) => b.description).join('\n');
  const value = (i as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : '';
}

function newIndex(): MiniSearch<Initiative> {
  return new MiniSearch<Initiative>({
    fields: [...FIELDS],
    storeFields: [],
    extractField,
    tokenize: (text) => splitWords(text),
    processTerm: (term) => searchTerm(term) ?? null,
    searchOptions: { boost: BOOST, fuzzy: typoTolerance, prefix: (term) => term.length >= 3 },
  });
}

export class MiniSearchInitiativeIndex implements InitiativeSearchIndex {
  private index = newIndex();
  private docs = new Map<string, Initiative>();
  /** In how many indexed initiatives each term occurs. */
  private documentFrequency = new Map<string, number>();

  constructor(private readonly similarOptions: SimilarOptions = DEFAULT_SIMILAR) {}

  upsert(initiative: Initiative): void {
    const current = this.docs.get(initiative.id);
    if (current && current.updatedAt > initiative.updatedAt) return; // an older copy arrived late
    if (current) {
      this.index.replace(initiative);
      this.count(current, -1);
    } else {
      this.index.add(initiative);
    }
    this.docs.set(initiative.id, initiative);
    this.count(initiative, 1);
  }

  remove(id: string): void {
    const current = this.docs.get(id);
    if (!current) return;
    this.index.discard(id);
    this.docs.delete(id);
    this.count(current, -1);
  }

  search(text: string, filters: SearchFilters = {}, pageRequest?: PageRequest): SearchPage {
    const { page, size } = clampPage(pageRequest);
    const query = text.slice(0, MAX_QUERY_LENGTH);
    const all = searchTerms(query).length === 0 ? this.listNewestFirst(filters) : this.match(query, filters);
    return { hits: all.slice(page * size, (page + 1) * size).map(toSearchHit), total: all.length, page, size };
  }

  similar(fullText: string, excludeUnit: string, limit = 3): SearchHit[] {
    const text = fullText.slice(0, MAX_SIMILAR_TEXT_LENGTH);
    if (searchTerms(text).length === 0) return [];
    const commonAbove = Math.max(3, Math.floor(this.docs.size * this.similarOptions.commonShare));
    const distinctive = (term: string) => (this.documentFrequency.get(term) ?? 0) <= commonAbove;
    // Whole words only: a proposal is full text, where prefixes and typos would add noise.
    const results = this.index.search(text, {
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
      filter: (r) => this.docs.get(r.id)?.unit !== excludeUnit,
    });
    return results
      .filter((r) => new Set(r.queryTerms.filter(distinctive)).size >= this.similarOptions.minDistinctiveTerms)
      .slice(0, Math.max(0, limit))
      .map((r) => toSearchHit(this.docs.get(r.id)!));
  }

  rebuild(all: Initiative[]): void {
    this.index = newIndex();
    this.docs = new Map();
    this.documentFrequency = new Map();
    for (const i of all) this.upsert(i);
  }

  size(): number {
    return this.docs.size;
  }

  versionOf(id: string): string | undefined {
    return this.docs.get(id)?.updatedAt;
  }

  private count(i: Initiative, delta: 1 | -1): void {
    for (const term of distinctTerms(i)) {
      const n = (this.documentFrequency.get(term) ?? 0) + delta;
      if (n > 0) this.documentFrequency.set(term, n);
      else this.documentFrequency.delete(term);
    }
  }

  private listNewestFirst(filters: SearchFilters): Initiative[] {
    return [...this.docs.values()].filter((i) => matchesFilters(i, filters)).sort(newestFirst);
  }

  /** All words must match (each forgiving typos and prefixes); when nothing does, any word may. */
  private match(query: string, filters: SearchFilters): Initiative[] {
    const options: SearchOptions = { filter: (r) => matchesFilters(this.docs.get(r.id)!, filters) };
    let results = this.index.search(query, { ...options, combineWith: 'AND' });
    if (results.length === 0) results = this.index.search(query, { ...options, combineWith: 'OR' });
    return results.sort((a, b) => this.bestFirst(a, b)).map((r) => this.docs.get(r.id)!);
  }

  private bestFirst(a: SearchResult, b: SearchResult): number {
    if (a.score !== b.score) return b.score - a.score;
    return newestFirst(this.docs.get(a.id)!, this.docs.get(b.id)!);
  }
}
