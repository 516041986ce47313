import { foldCase, isStopword, searchTerm, searchTerms, splitWords, stem } from '../../../src/domain/search/norwegianText';

describe('Norwegian text for search', () => {
  it('folds case in the Norwegian locale and keeps æ, ø and å', () => {
    expect(foldCase('ÆRLIG ØVELSE ÅPEN')).toBe('ærlig øvelse åpen');
  });

  it('treats a decomposed å (a + ring) like the composed letter', () => {
    expect(foldCase('a\u030Apen')).toBe('åpen');
  });

  it('drops the optional accent of idé and café but not the Norwegian letters', () => {
    expect(foldCase('Idé på kafé')).toBe('ide på kafe');
    expect(foldCase('Øst-Bærum')).toBe('øst-bærum');
  });

  it('splits on punctuation, dashes, slashes and quotes', () => {
    expect(splitWords('«Velferdsteknologi»: nettbrett/PC-er, (2026) - ja!')).toEqual(['velferdsteknologi', 'nettbrett', 'pc', 'er', '2026', 'ja']);
  });

  it('drops stop words and the generic words every initiative uses', () => {
    expect(isStopword('og')).toBe(true);
    expect(isStopword('på')).toBe(true);
    expect(isStopword('bedre')).toBe(true);
    expect(isStopword('nettbrett')).toBe(false);
    expect(searchTerms('Bedre rutiner for og med de ansatte')).toEqual(['rutin', 'ansatt']);
  });

  it.each([
    ['nettbrett', 'nettbrettet', 'nettbrettene'],
    ['vaktskifte', 'vaktskiftet', 'vaktskifter'],
    ['barnehage', 'barnehagen', 'barnehagene'],
    ['skole', 'skolen', 'skoler'],
    ['måltid', 'måltider', 'måltidene'],
    ['idé', 'ideen', 'ideene'],
    ['bruker', 'brukere', 'brukerne'],
    ['lærer', 'læreren', 'lærerne'],
    ['innbygger', 'innbyggere', 'innbyggerne'],
  ])('stems %s, %s and %s to one term', (a, b, c) => {
    const terms = [a, b, c].map((w) => searchTerm(w));
    expect(new Set(terms).size).toBe(1);
    expect(terms[0]).not.toBeNull();
  });

  it('keeps one- and two-letter words as they are', () => {
    expect(stem('it')).toBe('it');
  });

  it('gives the same terms for the same words whatever the case', () => {
    expect(searchTerms('NETTBRETTET i Vaktskiftet')).toEqual(searchTerms('nettbrett i vaktskifte'));
  });

  it('answers nothing for text without words', () => {
    expect(searchTerms(' … – ! ')).toEqual([]);
    expect(searchTerm('og')).toBeNull();
  });
});
