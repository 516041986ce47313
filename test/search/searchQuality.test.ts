// Search quality over 305 realistic initiatives (fixtures/initiatives.no.ts): what a leader
// types, and what must come first. Turning off the stemmer, the typo tolerance or the prefix
// option in the index makes this suite fail.
import { FIXTURE_INITIATIVES, FIXTURE_SECTORS, fixtureByTitle } from '../../fixtures/initiatives.no';
import type { SearchFilters } from '../../src/search/initiativeSearchIndex';
import { MiniSearchInitiativeIndex } from '../../src/search/miniSearchIndex';

const index = new MiniSearchInitiativeIndex();
index.rebuild([...FIXTURE_INITIATIVES]);

const titles = (query: string, filters: SearchFilters = {}, size = 5) =>
  index.search(query, filters, { page: 0, size }).hits.map((h) => h.title);

describe('the fixture', () => {
  it('has at least 300 initiatives over every default sector, phase and status', () => {
    expect(FIXTURE_INITIATIVES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(FIXTURE_INITIATIVES.map((i) => i.sector))).toEqual(new Set(Object.values(FIXTURE_SECTORS)));
    expect(new Set(FIXTURE_INITIATIVES.map((i) => i.phase)).size).toBe(6);
    expect(new Set(FIXTURE_INITIATIVES.map((i) => i.status)).size).toBe(5);
    expect(new Set(FIXTURE_INITIATIVES.map((i) => i.id)).size).toBe(FIXTURE_INITIATIVES.length);
  });
});

describe('search quality: the first hit', () => {
  it.each([
    // word endings (the stemmer)
    ['nettbrettene i hjemmesykepleien', 'Nettbrett i hjemmesykepleien'],
    ['vaktskiftene på sykehjemmet', 'Kortere og tryggere vaktskifte'],
    ['medisindispenserne', 'Medisindispenser hjemme'],
    ['søknadene om barnehageplass', 'Søknad om barnehageplass på nett'],
    ['sensorene i søppelkassa', 'Sensorer i søppelkassene'],
    // case and æ/ø/å
    ['TRYGGHETSALARM', 'Trygghetsalarm med GPS'],
    ['Måltidsvenner', 'Måltidsvenner for bedre ernæring'],
    ['tegnspråk', 'Tegnspråk for alle i klassen'],
    ['HVERDAGSREHABILITERING', 'Hverdagsrehabilitering etter sykehusopphold'],
    // small typos
    ['legemiddelhåndtring', 'Digital legemiddelhåndtering'],
    ['hverdagsrehabiltering', 'Hverdagsrehabilitering etter sykehusopphold'],
    ['trygghetsalram', 'Trygghetsalarm med GPS'],
    ['soknad sosialhjelp', 'Enklere søknad om økonomisk sosialhjelp'],
    ['fallforebyging', 'Fallforebygging med sensorer i rommet'],
    // prefixes (someone still typing)
    ['barnehagepl', 'Søknad om barnehageplass på nett'],
    ['tegnsp', 'Tegnspråk for alle i klassen'],
    // several words: the one with all of them
    ['musikk uro demens stell', 'Stell med musikk'],
    ['lekkasje drikkevann', 'Lekkasjesøk med akustiske sensorer'],
    ['digital byggesøknad', 'Digital byggesøknad'],
    ['chatbot spørsmål', 'Chatbot for vanlige spørsmål'],
  ])('«%s» → %s', (query, expected) => {
    expect(titles(query)[0]).toBe(expected);
  });
});

describe('search quality: the right ones near the top', () => {
  it.each([
    ['nettbrett', ['Nettbrett i hjemmesykepleien', 'Nettbrett i begynneropplæringen', 'Nettbrettet som språkverktøy']],
    ['nettbrettet', ['Nettbrett i hjemmesykepleien', 'Nettbrett i begynneropplæringen', 'Nettbrettet som språkverktøy']],
    ['vaktskifte', ['Kortere og tryggere vaktskifte', 'Vaktskifte ved tavla', 'Vaktskifte med sjekkliste på legevakten']],
    ['vaktskiftet', ['Kortere og tryggere vaktskifte', 'Vaktskifte ved tavla', 'Vaktskifte med sjekkliste på legevakten']],
    ['matsvinn', ['Matsvinn på kjøkkenet', 'Matsvinn i kantina', 'Matsvinn og matglede']],
    ['sykefravær', ['Sykefravær: tidlig dialog', 'Sykefravær: helsefremmende arbeidsplass']],
    ['sykefravar', ['Sykefravær: tidlig dialog', 'Sykefravær: helsefremmende arbeidsplass']],
    ['heltidskultur', ['Heltidskultur i hele kommunen', 'Heltidskultur med lange vakter']],
    ['skolevei', ['Trygg skolevei med hjertesone', 'Skolevei med gåbuss']],
    ['ernering', ['Måltidsvenner for bedre ernæring', 'Ernæring: sunn lunsj hver dag']],
  ])('«%s» has %j in the top five', (query, expected) => {
    expect(titles(query)).toEqual(expect.arrayContaining(expected));
  });
});

describe('search quality: filters', () => {
  it('«tatt i bruk» in Pleie og omsorg: only initiatives in use there, newest first', () => {
    const page = index.search('', { status: ['done_in_use'], sector: [FIXTURE_SECTORS.pleie] }, { page: 0, size: 50 });
    const expected = FIXTURE_INITIATIVES.filter((i) => i.status === 'done_in_use' && i.sector === FIXTURE_SECTORS.pleie);
    expect(page.total).toBe(expected.length);
    expect(page.total).toBeGreaterThan(5);
    const created = page.hits.map((h) => FIXTURE_INITIATIVES.find((i) => i.id === h.id)!.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('a word and a sector: nettbrett in kindergartens only', () => {
    expect(titles('nettbrett', { sector: [FIXTURE_SECTORS.barnehage] }).sort()).toEqual(
      ['Nettbrett for dokumentasjon av barnas lek', 'Nettbrettet som språkverktøy'].sort(),
    );
  });

  it('a word, an innovation type and who benefits: matsvinn as a process, for employees', () => {
    expect(titles('matsvinn', { innovationType: ['process'], beneficiary: ['employees'] })).toEqual(['Matsvinn på kjøkkenet']);
  });

  it('a word and a benefit type: sensors that avoid costs', () => {
    const found = titles('sensorer', { benefitType: ['avoided_cost'] }, 20);
    expect(found).toEqual(expect.arrayContaining(['Fallforebygging med sensorer i rommet', 'Sensorer for glatte veier', 'Lekkasjesøk med akustiske sensorer']));
    expect(found).not.toContain('Sensorer i søppelkassene'); // its benefits are efficiency and other
  });

  it('a phase: everything in piloting, and nothing else', () => {
    const page = index.search('', { phase: ['pilot'] }, { page: 0, size: 50 });
    expect(page.total).toBe(FIXTURE_INITIATIVES.filter((i) => i.phase === 'pilot').length);
    expect(page.hits.every((h) => h.phase === 'pilot')).toBe(true);
  });
});

describe('similar initiatives over the fixture', () => {
  const similarTitles = (text: string, unit: string) => index.similar(text, unit).map((h) => h.title);

  it('finds the video calls on tablets in other nursing homes', () => {
    expect(similarTitles('Nettbrett så beboerne kan snakke med familien', 'Granly bo- og omsorgssenter').sort()).toEqual(
      ['Nettbrett for videosamtaler med pårørende', 'Videosamtaler med familien på nettbrett'].sort(),
    );
  });

  it('leaves out the proposer’s own unit', () => {
    const titlesSeen = similarTitles('Nettbrett så beboerne kan snakke med familien', 'Furulund sykehjem');
    expect(titlesSeen).toEqual(['Nettbrett for videosamtaler med pårørende']);
  });

  it('finds food waste elsewhere for a school canteen', () => {
    expect(similarTitles('Mindre matsvinn i kantina. Vi kaster mye mat hver dag.', fixtureByTitle('Matsvinn i kantina').unit).sort()).toEqual(
      ['Matsvinn og matglede', 'Matsvinn på kjøkkenet'].sort(),
    );
  });

  it('puts the closest first and shows at most three', () => {
    const found = similarTitles('Bedre rapport ved vaktskiftet. Muntlig rapport tar lang tid og informasjon går tapt.', 'Solbakken sykehjem');
    expect(found[0]).toBe('Kortere og tryggere vaktskifte');
    expect(found.length).toBeLessThanOrEqual(3);
  });

  it.each([
    ['Bedre parkering for ansatte. Ansatte finner ikke parkeringsplass ved rådhuset.'],
    ['Ny kantine i rådhuset med bedre åpningstider for de ansatte.'],
    ['Flere barn og unge skal få et bedre tilbud.'],
  ])('shows nothing for an unrelated proposal: «%s»', (text) => {
    expect(similarTitles(text, 'Servicetorget')).toEqual([]);
  });
});
