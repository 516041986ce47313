import { makeInitiative } from '../../../fixtures/makeInitiative';
import { MAX_QUERY_LENGTH, matchesFilters, parseSearchRequest } from '../../../src/domain/search/searchRequest';

const SECTORS = ['Oppvekst skole', 'Pleie og omsorg', 'Miljø, idrett og kultur'];

describe('reading a submitted search form', () => {
  it('reads text, every filter and the page', () => {
    expect(
      parseSearchRequest(
        {
          query: '  nettbrett  ',
          sector: '1,2',
          phase: 'pilot,implement',
          status: 'done_in_use',
          innovationType: 'service',
          benefitType: 'quality,efficiency',
          beneficiary: 'relatives',
          page: '2',
        },
        SECTORS,
      ),
    ).toEqual({
      query: 'nettbrett',
      filters: {
        sector: ['Pleie og omsorg', 'Miljø, idrett og kultur'],
        phase: ['pilot', 'implement'],
        status: ['done_in_use'],
        innovationType: ['service'],
        benefitType: ['quality', 'efficiency'],
        beneficiary: ['relatives'],
      },
      page: { page: 2, size: 10 },
    });
  });

  it('reads an empty or missing form as «everything, first page»', () => {
    expect(parseSearchRequest({}, SECTORS)).toEqual({ query: '', filters: {}, page: { page: 0, size: 10 } });
    expect(parseSearchRequest(null, SECTORS)).toEqual({ query: '', filters: {}, page: { page: 0, size: 10 } });
    expect(parseSearchRequest('utforsk', SECTORS)).toEqual({ query: '', filters: {}, page: { page: 0, size: 10 } });
  });

  it('drops forged codes and sectors instead of trusting them', () => {
    const { filters } = parseSearchRequest(
      { sector: '7,-1,x,Pleie og omsorg,0', phase: 'hacked', status: 'done_in_use,__proto__', benefitType: { $ne: 1 }, beneficiary: ['users', { a: 1 }] },
      SECTORS,
    );
    expect(filters).toEqual({ sector: ['Oppvekst skole'], status: ['done_in_use'], beneficiary: ['users'] });
  });

  it('cuts the text and clamps the page', () => {
    const parsed = parseSearchRequest({ query: 'a'.repeat(10_000), page: '99999999' }, SECTORS);
    expect(parsed.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.page.page).toBe(0);
    expect(parseSearchRequest({ page: '-3' }, SECTORS).page.page).toBe(0);
    expect(parseSearchRequest({ page: 5000 }, SECTORS).page.page).toBe(1000);
  });
});

describe('filters', () => {
  const i = makeInitiative({ id: 'x', sector: 'Pleie og omsorg', innovationTypes: ['service', 'process'], beneficiaries: ['users'] });

  it('match when any listed value matches, and an empty list narrows nothing', () => {
    expect(matchesFilters(i, { innovationType: ['process', 'product'] })).toBe(true);
    expect(matchesFilters(i, { innovationType: [] })).toBe(true);
    expect(matchesFilters(i, {})).toBe(true);
  });

  it('must all match', () => {
    expect(matchesFilters(i, { sector: ['Pleie og omsorg'], beneficiary: ['relatives'] })).toBe(false);
  });
});
