// The optional KS-barometer details, added later with `rediger`. Everything may be left empty.
import { FUNDING, INITIATORS, NOVELTY, PARTNERS, REUSE_SOURCES } from './codes';
import { Checker } from './fieldRules';
import { LIMITS, type Parsed, type RawForm } from './formTypes';
import type { InitiativeDetails } from './initiative';

export const MAX_INITIATORS = 3;

/**
 * Every key is present (undefined when left empty), so `{ ...initiative, ...details }`
 * also clears answers the leader removed.
 */
export function parseDetails(raw: RawForm): Parsed<InitiativeDetails> {
  const c = new Checker(raw);
  const value: InitiativeDetails = {
    novelty: c.choice('novelty', NOVELTY, false),
    reuseSource: c.choice('reuseSource', REUSE_SOURCES, false),
    reuseReference: c.text('reuseReference', LIMITS.reference, false),
    initiators: orUndefined(c.multi('initiators', INITIATORS, { required: false, max: MAX_INITIATORS })),
    partners: orUndefined(c.multi('partners', PARTNERS, { required: false, exclusive: 'none' })),
    funding: orUndefined(c.multi('funding', FUNDING, { required: false })),
  };
  return c.ok ? { ok: true, value } : { ok: false, errors: c.errors };
}

function orUndefined<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

export function toRawDetails(d: InitiativeDetails): RawForm {
  return {
    novelty: d.novelty ?? '',
    reuseSource: d.reuseSource ?? '',
    reuseReference: d.reuseReference ?? '',
    initiators: (d.initiators ?? []).join(','),
    partners: (d.partners ?? []).join(','),
    funding: (d.funding ?? []).join(','),
  };
}
