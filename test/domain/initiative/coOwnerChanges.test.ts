// Who an edit made co-owner and who it took off: from the form as shown, the answer and what was
// stored, so a retried save gives the same people and the same ledger keys.
import { coOwnerChanges, coOwnerNoticeKey } from '../../../src/domain/initiative/coOwnerChanges';

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

describe('coOwnerNoticeKey', () => {
  const now = new Date('2026-11-30T23:30:00Z');

  it('is one key per initiative, person, saved edit and kind of change, dated in Oslo', () => {
    const key = coOwnerNoticeKey({ initiativeId: 'ini-1', personId: 'AAD-1', editId: 'edit-9', change: 'added' }, now, 'Europe/Oslo');
    expect(key).toEqual({ key: 'co_owner_notice:ini-1:aad-1:edit-9:added', period: '2026-12-01' });
    expect(coOwnerNoticeKey({ initiativeId: 'ini-1', personId: 'aad-1', editId: 'edit-9', change: 'added' }, new Date(), 'Europe/Oslo').key).toBe(key.key);
    expect(coOwnerNoticeKey({ initiativeId: 'ini-1', personId: 'aad-1', editId: 'edit-10', change: 'added' }, now, 'Europe/Oslo').key).not.toBe(key.key);
    expect(coOwnerNoticeKey({ initiativeId: 'ini-1', personId: 'aad-1', editId: 'edit-9', change: 'removed' }, now, 'Europe/Oslo').key).not.toBe(key.key);
  });
});
