// Whether the owner hears of a saved edit, and the ledger key that lets the notice out once.
import { ownerHearsOfReport, ownerNoticeAllowance, ownerNoticeFields } from '../../../src/domain/initiative/ownerNotice';
import type { InitiativeChange } from '../../../src/domain/initiative/reopen';

const edit = (editId: string, byId: string, fields: string[]): InitiativeChange => ({ kind: 'edited', at: '2026-12-01T09:00:00Z', byId, byName: 'Kari', editId, fields, values: [] });

describe('ownerNoticeFields', () => {
  const initiative = { ownerId: 'OWNER', changes: [edit('e1', 'co', ['title', 'phase']), edit('e2', 'owner', ['goal'])] };

  it('names the fields of the saved edit when someone else saved it', () => {
    expect(ownerNoticeFields(initiative, 'e1', 'co')).toEqual(['title', 'phase']);
  });

  it('tells the owner nothing of their own edit (ids compared without case)', () => {
    expect(ownerNoticeFields(initiative, 'e2', 'owner')).toBeUndefined();
  });

  it('tells nothing when the save wrote no edit (nothing changed)', () => {
    expect(ownerNoticeFields(initiative, 'e3', 'co')).toBeUndefined();
    expect(ownerNoticeFields({ ownerId: 'owner' }, 'e1', 'co')).toBeUndefined();
  });
});

describe('ownerNoticeAllowance', () => {
  it('is three slots per initiative, owner and sender, on the Oslo day', () => {
    const allowance = ownerNoticeAllowance({ initiativeId: 'ini-1', ownerId: 'AAD-1', senderId: 'CO-2' }, new Date('2026-11-30T23:30:00Z'));
    expect(allowance).toEqual({
      period: '2026-12-01',
      keys: ['owner_notice:ini-1:aad-1:co-2:2026-12-01:1', 'owner_notice:ini-1:aad-1:co-2:2026-12-01:2', 'owner_notice:ini-1:aad-1:co-2:2026-12-01:3'],
    });
    // Another sender has their own; the next Oslo day starts afresh.
    expect(ownerNoticeAllowance({ initiativeId: 'ini-1', ownerId: 'aad-1', senderId: 'co-3' }, new Date('2026-11-30T23:30:00Z')).keys[0]).toBe('owner_notice:ini-1:aad-1:co-3:2026-12-01:1');
    expect(ownerNoticeAllowance({ initiativeId: 'ini-1', ownerId: 'aad-1', senderId: 'co-2' }, new Date('2026-12-01T23:30:00Z')).period).toBe('2026-12-02');
  });
});

describe('ownerHearsOfReport', () => {
  it('is true for a report someone else sent, false for the owner’s own (ids compared without case)', () => {
    expect(ownerHearsOfReport({ ownerId: 'OWNER' }, { reportedById: 'co' })).toBe(true);
    expect(ownerHearsOfReport({ ownerId: 'OWNER' }, { reportedById: 'owner' })).toBe(false);
  });
});
