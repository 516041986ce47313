// The one search index contract: every InitiativeSearchIndex adapter runs this suite, so the
// bot can rely on the same matching, filters, order and paging whichever index is configured.
import { makeInitiative } from '../../fixtures/makeInitiative';
import type { InitiativeSearchIndex, SearchFilters, SearchHit } from '../../src/search/initiativeSearchIndex';

const ids = (hits: SearchHit[]) => hits.map((h) => h.id);

const TABLETS = makeInitiative({
  id: 'tablets',
  title: 'Nettbrett for videosamtaler med pårørende',
  problem: 'Beboere med demens blir urolige når familien sjelden kommer på besøk.',
  goal: 'Ukentlig videosamtale for alle beboere.',
  benefits: [{ type: 'quality', description: 'Tryggere beboere' }],
  beneficiaries: ['users', 'relatives'],
  innovationTypes: ['service'],
  createdAt: '2026-01-10T09:00:00.000Z',
});
const SHIFT = makeInitiative({
  id: 'shift',
  title: 'Kortere vaktskifte',
  problem: 'Muntlig rapport ved vaktskiftet tar en halvtime og informasjon går tapt.',
  goal: 'Strukturert rapport på ti minutter.',
  benefits: [{ type: 'efficiency', description: 'Sparer tid ved hver rapport' }],
  beneficiaries: ['employees'],
  innovationTypes: ['process'],
  phase: 'pilot',
  createdAt: '2026-02-10T09:00:00.000Z',
});
const SCHOOL = makeInitiative({
  id: 'school',
  title: 'Skolefrokost for alle elever',
  problem: 'Elever kommer sultne og mister konsentrasjonen.',
  goal: 'Frokost hver morgen før første time.',
  benefits: [{ type: 'quality', description: 'Bedre læring' }],
  unit: 'Fjellstua skole',
  sector: 'Oppvekst skole',
  status: 'done_in_use',
  phase: 'new_practice',
  createdAt: '2026-03-10T09:00:00.000Z',
});
const WELFARE = makeInitiative({
  id: 'welfare',
  title: 'Velferdsteknologi i hjemmetjenesten',
  problem: 'Søknader om trygghetsalarm blir liggende, og nettbrettet brukes lite.',
  goal: 'Alle som trenger det får alarm innen en uke.',
  benefits: [{ type: 'avoided_cost', description: 'Færre innleggelser' }],
  beneficiaries: ['residents'],
  innovationTypes: ['product', 'process'],
  unit: 'Hjemmetjenesten Øst',
  ownerName: 'Per Lie',
  status: 'paused',
  phase: 'insight',
  createdAt: '2026-04-10T09:00:00.000Z',
});
const ALL = [TABLETS, SHIFT, SCHOOL, WELFARE];

export function describeSearchIndexContract(name: string, makeIndex: () => InitiativeSearchIndex): void {
  describe(`InitiativeSearchIndex contract: ${name}`, () => {
    let index: InitiativeSearchIndex;

    beforeEach(() => {
      index = makeIndex();
      index.rebuild(ALL);
    });

    describe('content', () => {
      it('starts empty and answers an empty page', () => {
        const empty = makeIndex();
        expect(empty.size()).toBe(0);
        expect(empty.search('nettbrett')).toEqual({ hits: [], total: 0, page: 0, size: 10 });
        expect(empty.search('')).toEqual({ hits: [], total: 0, page: 0, size: 10 });
      });

      it('finds an initiative by a word of its title, need, goal or benefits', () => {
        expect(ids(index.search('videosamtaler').hits)).toEqual(['tablets']);
        expect(ids(index.search('konsentrasjonen').hits)).toEqual(['school']);
        expect(ids(index.search('frokost').hits)).toEqual(['school']);
        expect(ids(index.search('innleggelser').hits)).toEqual(['welfare']);
      });

      it('returns only what a compact list shows: no ids of people, no other personal data', () => {
        const [hit] = index.search('trygghetsalarm').hits;
        expect(hit).toEqual({
          id: 'welfare',
          title: 'Velferdsteknologi i hjemmetjenesten',
          unit: 'Hjemmetjenesten Øst',
          sector: 'Pleie og omsorg',
          phase: 'insight',
          status: 'paused',
          need: 'Søknader om trygghetsalarm blir liggende, og nettbrettet brukes lite.',
          ownerName: 'Per Lie',
        });
      });

      it('shortens a long need to one line', () => {
        index.upsert(makeInitiative({ id: 'long', title: 'Lang tekst', problem: `Første linje\nandre ${'ord '.repeat(80)}` }));
        const [hit] = index.search('lang tekst').hits;
        expect(hit?.need.length).toBeLessThanOrEqual(120);
        expect(hit?.need).toMatch(/^Første linje andre ord/);
        expect(hit?.need.endsWith('…')).toBe(true);
      });

      it('replaces an initiative on upsert: new words match, old words do not', () => {
        index.upsert({ ...SHIFT, title: 'Tavlemøte', problem: 'Ingen oversikt', updatedAt: '2026-05-01T00:00:00.000Z' });
        expect(index.size()).toBe(4);
        expect(ids(index.search('tavlemøte').hits)).toEqual(['shift']);
        expect(index.search('vaktskifte').total).toBe(0);
        expect(index.versionOf('shift')).toBe('2026-05-01T00:00:00.000Z');
      });

      it('ignores a version older than the indexed one (a late copy never wins)', () => {
        index.upsert({ ...SHIFT, title: 'Tavlemøte', updatedAt: '2026-05-01T00:00:00.000Z' });
        index.upsert({ ...SHIFT, title: 'Gammel tittel', updatedAt: '2026-04-01T00:00:00.000Z' });
        expect(index.search('gammel').total).toBe(0);
        expect(ids(index.search('tavlemøte').hits)).toEqual(['shift']);
      });

      it('removes an initiative; removing an absent one is not an error', () => {
        index.remove('tablets');
        index.remove('tablets');
        index.remove('never-there');
        expect(index.size()).toBe(3);
        expect(index.search('videosamtaler').total).toBe(0);
        expect(index.versionOf('tablets')).toBeUndefined();
      });

      it('rebuild replaces the whole content', () => {
        index.rebuild([SCHOOL]);
        expect(index.size()).toBe(1);
        expect(index.search('videosamtaler').total).toBe(0);
        expect(ids(index.search('').hits)).toEqual(['school']);
      });
    });

    describe('Norwegian as people type it', () => {
      it.each([
        ['NETTBRETT', ['tablets', 'welfare']],
        ['nettbrettet', ['tablets', 'welfare']],
        ['vaktskiftet', ['shift']],
        ['Vaktskifte', ['shift']],
        ['søknad', ['welfare']],
        ['Pårørende', ['tablets']],
        ['netbrett', ['tablets', 'welfare']],
        ['velferdstekologi', ['welfare']],
        ['skolefrok', ['school']],
      ])('«%s» finds %j', (query, expected) => {
        expect(ids(index.search(query).hits).sort()).toEqual([...expected].sort());
      });

      it('needs every word when some initiative has them all', () => {
        expect(ids(index.search('nettbrett pårørende').hits)).toEqual(['tablets']);
      });

      it('falls back to any word when no initiative has them all', () => {
        expect(ids(index.search('frokost vaktskifte').hits).sort()).toEqual(['school', 'shift']);
      });

      it('answers a pasted wall of text by its first words only', () => {
        expect(ids(index.search(`videosamtaler ${'ord '.repeat(5000)}`).hits)).toEqual(['tablets']);
      });

      it('treats a query of stop words only as no text', () => {
        expect(index.search('og i på').total).toBe(4);
      });
    });

    describe('order and paging', () => {
      it('lists newest first when there is no text', () => {
        expect(ids(index.search('').hits)).toEqual(['welfare', 'school', 'shift', 'tablets']);
      });

      it('puts the best match first: a title match before a passing mention', () => {
        expect(ids(index.search('nettbrett').hits)).toEqual(['tablets', 'welfare']);
      });

      it('breaks ties newest first', () => {
        const older = makeInitiative({ id: 'twin-old', title: 'Sansehage', createdAt: '2025-01-01T00:00:00.000Z' });
        const newer = makeInitiative({ id: 'twin-new', title: 'Sansehage', createdAt: '2025-06-01T00:00:00.000Z' });
        index.upsert(older);
        index.upsert(newer);
        expect(ids(index.search('sansehage').hits)).toEqual(['twin-new', 'twin-old']);
      });

      it('pages with a total over all pages', () => {
        const first = index.search('', {}, { page: 0, size: 3 });
        const second = index.search('', {}, { page: 1, size: 3 });
        expect(first.total).toBe(4);
        expect(ids(first.hits)).toEqual(['welfare', 'school', 'shift']);
        expect(ids(second.hits)).toEqual(['tablets']);
        expect(index.search('', {}, { page: 5, size: 3 }).hits).toEqual([]);
      });

      it('clamps a page request it cannot honour (never trusts the client)', () => {
        expect(index.search('', {}, { page: -2, size: 1000 })).toMatchObject({ page: 0, size: 50 });
        expect(index.search('', {}, { page: 1.5, size: 0 })).toMatchObject({ page: 0, size: 1 });
        expect(index.search('', {}, { page: Number.NaN, size: Number.NaN })).toMatchObject({ page: 0, size: 10 });
      });
    });

    describe('filters', () => {
      it.each<[SearchFilters, string[]]>([
        [{ sector: ['Oppvekst skole'] }, ['school']],
        [{ phase: ['pilot', 'insight'] }, ['welfare', 'shift']],
        [{ status: ['done_in_use'] }, ['school']],
        [{ innovationType: ['process'] }, ['welfare', 'shift']],
        [{ benefitType: ['efficiency', 'avoided_cost'] }, ['welfare', 'shift']],
        [{ beneficiary: ['relatives'] }, ['tablets']],
        [{ sector: ['Pleie og omsorg'], innovationType: ['process'], status: ['active'] }, ['shift']],
        [{ sector: [] }, ['welfare', 'school', 'shift', 'tablets']],
      ])('%j lists %j', (filters, expected) => {
        expect(ids(index.search('', filters).hits)).toEqual(expected);
      });

      it('applies filters to a text search too, with the total after filtering', () => {
        const page = index.search('nettbrett', { status: ['paused'] });
        expect(ids(page.hits)).toEqual(['welfare']);
        expect(page.total).toBe(1);
      });
    });

    describe('similar initiatives', () => {
      beforeEach(() => {
        index.upsert(
          makeInitiative({
            id: 'tablets-2',
            title: 'Videosamtaler på nettbrett med familien',
            problem: 'Pårørende bor langt unna.',
            unit: 'Furulund sykehjem',
          }),
        );
      });

      it('finds initiatives that share distinctive words, never from the proposer’s unit', () => {
        const similar = index.similar('Nettbrett for videosamtaler. Beboerne savner familien.', 'Lindehaugen sykehjem');
        expect(ids(similar)).toEqual(['tablets-2']);
        const fromElsewhere = index.similar('Nettbrett for videosamtaler. Beboerne savner familien.', 'Et annet sted');
        expect(ids(fromElsewhere).sort()).toEqual(['tablets', 'tablets-2']);
      });

      it('shows nothing when only one word is shared', () => {
        expect(index.similar('Frokost i kantina', 'Et annet sted')).toEqual([]);
      });

      it('shows nothing for unrelated or empty text', () => {
        expect(index.similar('Parkering ved rådhuset for syklister', 'Et annet sted')).toEqual([]);
        expect(index.similar('', 'Et annet sted')).toEqual([]);
        expect(index.similar('og i på', 'Et annet sted')).toEqual([]);
      });

      it('returns at most `limit`, best first', () => {
        const text = 'Nettbrett for videosamtaler med familien';
        expect(index.similar(text, 'Et annet sted', 1)).toHaveLength(1);
        expect(index.similar(text, 'Et annet sted', 0)).toEqual([]);
      });
    });
  });
}
