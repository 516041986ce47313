// What a search asks for: free text, filters and a page, and how a submitted search form is
// read. Card data can be forged, so the form is read as untrusted: unknown codes and sectors
// are dropped (a filter then narrows nothing rather than failing), the text is cut to a sane
// length and the page is clamped.
import type { Initiative } from '../initiative/initiative';
import {
  BENEFICIARIES,
  BENEFIT_TYPES,
  INNOVATION_TYPES,
  PHASES,
  STATUSES,
  type Beneficiary,
  type BenefitType,
  type InnovationType,
  type Phase,
  type Status,
} from '../initiative/codes';
import { normalizeSubmit, splitMulti } from '../initiative/fieldRules';

/** Filters are ANDed; within one filter any of the listed values matches; empty means any. */
export interface SearchFilters {
  sector?: string[];
  phase?: Phase[];
  status?: Status[];
  innovationType?: InnovationType[];
  benefitType?: BenefitType[];
  beneficiary?: Beneficiary[];
}

/** Zero-based page; `size` is clamped to 1..MAX_PAGE_SIZE. */
export interface PageRequest {
  page: number;
  size: number;
}

export interface SearchRequest {
  query: string;
  filters: SearchFilters;
  page: PageRequest;
}

export const DEFAULT_PAGE: PageRequest = { page: 0, size: 10 };
export const MAX_PAGE_SIZE = 50;
/** Longer text is cut: nobody types more, and every word costs a fuzzy lookup. */
export const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 1000;

/** The input ids of a search form. Sector choices carry the sector's position in the configured
 * list, because sector names contain commas and a multi-select joins its values with commas. */
export const SEARCH_FORM_FIELDS = ['query', 'sector', 'phase', 'status', 'innovationType', 'benefitType', 'beneficiary', 'page'] as const;

export function clampPage(page: PageRequest = DEFAULT_PAGE): PageRequest {
  const size = Number.isInteger(page.size) ? Math.min(Math.max(page.size, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE.size;
  const p = Number.isInteger(page.page) && page.page > 0 ? Math.min(page.page, MAX_PAGE) : 0;
  return { page: p, size };
}

const known = <T extends string>(list: readonly T[], text: string): T[] =>
  splitMulti(text).filter((v): v is T => (list as readonly string[]).includes(v));

/** Reads a submitted search form (an activity's `value`) against the configured `sectors`. */
export function parseSearchRequest(value: unknown, sectors: readonly string[], size = DEFAULT_PAGE.size): SearchRequest {
  const raw = normalizeSubmit(value, SEARCH_FORM_FIELDS);
  const filters: SearchFilters = {};
  const sector = splitMulti(raw.sector)
    .filter((v) => /^\d+$/.test(v))
    .map((v) => sectors[Number(v)])
    .filter((s): s is string => s !== undefined);
  if (sector.length > 0) filters.sector = sector;
  const phase = known(PHASES, raw.phase ?? '');
  if (phase.length > 0) filters.phase = phase;
  const status = known(STATUSES, raw.status ?? '');
  if (status.length > 0) filters.status = status;
  const innovationType = known(INNOVATION_TYPES, raw.innovationType ?? '');
  if (innovationType.length > 0) filters.innovationType = innovationType;
  const benefitType = known(BENEFIT_TYPES, raw.benefitType ?? '');
  if (benefitType.length > 0) filters.benefitType = benefitType;
  const beneficiary = known(BENEFICIARIES, raw.beneficiary ?? '');
  if (beneficiary.length > 0) filters.beneficiary = beneficiary;
  const page = /^\d{1,6}$/.test(raw.page ?? '') ? Number(raw.page) : 0;
  return { query: (raw.query ?? '').slice(0, MAX_QUERY_LENGTH), filters, page: clampPage({ page, size }) };
}

const anyOf = <T>(wanted: readonly T[] | undefined, has: readonly T[]): boolean =>
  !wanted || wanted.length === 0 || has.some((v) => wanted.includes(v));

/** Whether `i` passes every filter (the one definition every index adapter uses). */
export function matchesFilters(i: Initiative, f: SearchFilters = {}): boolean {
  return (
    anyOf(f.sector, [i.sector]) &&
    anyOf(f.phase, [i.phase]) &&
    anyOf(f.status, [i.status]) &&
    anyOf(f.innovationType, i.innovationTypes ?? []) &&
    anyOf(
      f.benefitType,
      (i.benefits ?? []).map((b) => b.type),
    ) &&
    anyOf(f.beneficiary, i.beneficiaries)
  );
}
