import { listText } from '../../src/i18n';

describe('listText: items in running text', () => {
  it('joins the last two with «og» in bokmål and "and" in English', () => {
    expect(listText('nb', ['navn', 'fase', 'mål'])).toBe('navn, fase og mål');
    expect(listText('nb', ['Kari', 'Ola'])).toBe('Kari og Ola');
    expect(listText('en', ['title', 'phase', 'goal'])).toBe('title, phase, and goal');
  });

  it('leaves one item alone and gives nothing for none', () => {
    expect(listText('nb', ['navn'])).toBe('navn');
    expect(listText('nb', [])).toBe('');
  });
});
