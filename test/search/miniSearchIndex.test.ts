import { MiniSearchInitiativeIndex, typoTolerance } from '../../src/search/miniSearchIndex';
import { describeSearchIndexContract } from './contract';

describeSearchIndexContract('MiniSearchInitiativeIndex', () => new MiniSearchInitiativeIndex());

describe('typo tolerance', () => {
  it('forgives nothing in short words, one edit from four letters, two from eight', () => {
    expect(typoTolerance('tid')).toBe(false);
    expect(typoTolerance('fall')).toBe(1);
    expect(typoTolerance('nettbre')).toBe(1);
    expect(typoTolerance('nettbrett')).toBe(2);
  });
});
