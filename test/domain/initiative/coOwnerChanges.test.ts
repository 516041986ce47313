// Who an edit made co-owner and who it took off: from the form as shown, the answer and what was
// stored, so a retried save gives the same people and the same ledger keys.
import { coOwnerChanges, coOwnerNoticeAllowance, coOwnerNoticeHolder } from '../../../src/domain/initiative/coOwnerChanges';

describe('coOwnerChanges', () => {
  it('names the people added and removed on the form', () => {
    expect(coOwnerChanges(['a', 'b'], ['b', 'c'], ['b', 'c'], 'owner')).toEqual({ added: ['c'], removed: ['a'] });
  });

  it('is empty when the co-owners are as the form showed them (ids compared without case)', () => {
    expect(coOwnerChanges(['A'], ['a'], ['a'], 'owner')).toEqual({ added: [], removed: [] });
  });

  it('does not tell the editor of their own change (a co-owner taking themselves off)', () => {
    expect(coOwnerChanges(['me', 'b'], ['b', 'c'], ['b', 'c'], 'ME')).toEqual({ added: ['c'], removed: [] });
  });

  it('tells nobody what another save undid meanwhile', () => {
    // c was added here but removed by someone else since; a was removed here but added back.
    expect(coOwnerChanges(['a'], ['c'], ['a'], 'owner')).toEqual({ added: [], removed: [] });
  });
});

describe('coOwnerNoticeAllowance', () => {
  const now = new Date('2026-11-30T23:30:00Z');

  it('is three slots per initiative, person and editor on the Oslo day; a notice holds one by saved edit and change', () => {
    const allowance = coOwnerNoticeAllowance({ initiativeId: 'ini-1', personId: 'AAD-1', editorId: 'OWNER' }, now);
    expect(allowance.period).toBe('2026-12-01');
    expect(allowance.keys).toEqual(['co_owner_notice:ini-1:aad-1:owner:2026-12-01:1', 'co_owner_notice:ini-1:aad-1:owner:2026-12-01:2', 'co_owner_notice:ini-1:aad-1:owner:2026-12-01:3']);
    expect(coOwnerNoticeHolder('edit-9', 'added')).not.toBe(coOwnerNoticeHolder('edit-9', 'removed'));
    expect(coOwnerNoticeHolder('edit-9', 'added')).not.toBe(coOwnerNoticeHolder('edit-10', 'added'));
  });
});
