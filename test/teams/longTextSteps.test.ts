// The text steps that read what a user sent, each on text as long as a request can carry: they
// read a bounded part of it, and none takes time that grows with the square of its length.
import fc from 'fast-check';
import { IDEA_LIMITS, proposalFromText } from '../../src/domain/idea/idea';
import { cutText, MAX_COMMAND_TEXT, MAX_READ_TEXT, shortenTo } from '../../src/domain/text/typedText';
import { commandForText, normalizeText } from '../../src/teams/commandMatch';
import { nearMissOf } from '../../src/teams/help/freeText';
import { plainText, prefillFromText, stripTags } from '../../src/teams/ideas/ideaText';

const MB = 1_000_000;

/** The fastest of three runs: the first may include compiling, and the machine may be busy. */
function msOf(work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('cutting typed text', () => {
  it('keeps short text, cuts long text, and never splits a surrogate pair', () => {
    expect(cutText('kort', 10)).toBe('kort');
    expect(cutText('x'.repeat(30), 10)).toBe('x'.repeat(10));
    expect(cutText(`${'x'.repeat(9)}😀`, 10)).toBe('x'.repeat(9));
    expect(shortenTo('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(proposalFromText('y'.repeat(MB))).toHaveLength(IDEA_LIMITS.text);
  });
});

describe('command matching on long text', () => {
  it('reads only the first MAX_COMMAND_TEXT characters', () => {
    expect(normalizeText(`hjelp ${'x'.repeat(MB)}`).length).toBeLessThanOrEqual(MAX_COMMAND_TEXT);
  });

  it.each([
    ['a run of dots', `${'.'.repeat(MB)}x`],
    ['a run of «!» after a command', `hjelp${'!'.repeat(MB)}?x`],
    ['one long word', 'x'.repeat(MB)],
  ])('%s of a megabyte: matched in a few milliseconds', (_name, text) => {
    expect(msOf(() => commandForText(text, 'personal'))).toBeLessThan(200);
    expect(msOf(() => nearMissOf(text, { admin: true, leads: [], headOf: [] }))).toBeLessThan(200);
  });
});

describe('HTML to plain text on long text', () => {
  it('reads only the first MAX_READ_TEXT characters', () => {
    expect(plainText('a'.repeat(MB)).length).toBe(MAX_READ_TEXT);
  });

  it.each([
    ['a run of <', '<'.repeat(MB)],
    ['unclosed tags', '<a '.repeat(MB / 3)],
    ['unclosed line breaks', '<br '.repeat(MB / 4)],
  ])('%s of a megabyte: stripped in a few milliseconds', (_name, html) => {
    // One pass: about 1-5 ms. The tag pattern /<[^>]+>/g took about 200 ms on the 20,000 `<` read.
    expect(msOf(() => prefillFromText(plainText(html)))).toBeLessThan(60);
  });

  it('stripTags does what /<[^>]+>/g did', () => {
    const parts = fc.constantFrom('<', '>', '<>', 'a', ' ', '<p>', '</p>', '\n', 'ø');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 40 }), (list) => {
        const text = list.join('');
        expect(stripTags(text)).toBe(text.replace(/<[^>]+>/g, ''));
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});
