import { parseDetails, parseProfileForm, toRawDetails } from '../../../src/domain/initiative/forms';
import { LIMITS, type RawForm } from '../../../src/domain/initiative/formTypes';

describe('parseDetails', () => {
  it('accepts an empty form, every key present and undefined', () => {
    const r = parseDetails({});
    expect(r).toEqual({ ok: true, value: {} });
    expect(r.ok && Object.keys(r.value).sort()).toEqual(['funding', 'initiators', 'novelty', 'partners', 'reuseReference', 'reuseSource']);
  });

  it('parses codes and the reference', () => {
    const raw: RawForm = {
      novelty: 'new_municipality',
      reuseSource: 'other_municipality',
      reuseReference: 'Bergen kommune',
      initiators: 'leaders,employees,users',
      partners: 'research,ngo',
      funding: 'foi_fund',
    };
    const r = parseDetails(raw);
    expect(r).toEqual({
      ok: true,
      value: {
        novelty: 'new_municipality',
        reuseSource: 'other_municipality',
        reuseReference: 'Bergen kommune',
        initiators: ['leaders', 'employees', 'users'],
        partners: ['research', 'ngo'],
        funding: ['foi_fund'],
      },
    });
    expect(r.ok && toRawDetails(r.value)).toEqual(raw);
  });

  it('rejects invalid codes', () => {
    expect(parseDetails({ novelty: 'world_first', reuseSource: 'x', partners: 'aliens', funding: 'lottery', initiators: 'cat' })).toEqual({
      ok: false,
      errors: {
        novelty: { code: 'invalidChoice' },
        reuseSource: { code: 'invalidChoice' },
        partners: { code: 'invalidChoice' },
        funding: { code: 'invalidChoice' },
        initiators: { code: 'invalidChoice' },
      },
    });
  });

  it('allows at most 3 initiators', () => {
    expect(parseDetails({ initiators: 'leaders,employees,users' }).ok).toBe(true);
    expect(parseDetails({ initiators: 'leaders,employees,users,ngo' })).toEqual({ ok: false, errors: { initiators: { code: 'tooManyChoices', max: 3 } } });
  });

  it('limits the reuse reference', () => {
    expect(parseDetails({ reuseReference: 'a'.repeat(LIMITS.reference) }).ok).toBe(true);
    expect(parseDetails({ reuseReference: 'a'.repeat(LIMITS.reference + 1) })).toEqual({
      ok: false,
      errors: { reuseReference: { code: 'tooLong', max: LIMITS.reference } },
    });
  });

  it('does not combine partner none with others', () => {
    expect(parseDetails({ partners: 'none' }).ok).toBe(true);
    expect(parseDetails({ partners: 'none,ngo' })).toEqual({ ok: false, errors: { partners: { code: 'exclusiveChoice', option: 'partner.none' } } });
  });
});

describe('parseProfileForm', () => {
  const valid: RawForm = { name: 'Kari Nordmann', language: 'nb' };

  it('parses a valid profile', () => {
    expect(parseProfileForm(valid)).toEqual({ ok: true, value: valid });
  });

  it('requires name and language', () => {
    expect(parseProfileForm({})).toEqual({ ok: false, errors: { name: { code: 'required' }, language: { code: 'required' } } });
  });

  it('limits the name', () => {
    expect(parseProfileForm({ ...valid, name: 'a'.repeat(LIMITS.name) }).ok).toBe(true);
    expect(parseProfileForm({ ...valid, name: 'a'.repeat(LIMITS.name + 1) })).toEqual({ ok: false, errors: { name: { code: 'tooLong', max: LIMITS.name } } });
  });

  it('takes no role, unit or sector from the user (they come from the roster)', () => {
    const parsed = parseProfileForm({ ...valid, role: 'sector_head', unit: 'Solsiden sykehjem', sector: 'Helse og omsorg' });
    expect(parsed).toEqual({ ok: true, value: valid });
  });

  it('rejects unknown languages', () => {
    expect(parseProfileForm({ ...valid, language: 'sv' })).toEqual({ ok: false, errors: { language: { code: 'invalidChoice' } } });
  });
});
