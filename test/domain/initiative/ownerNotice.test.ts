// Whether the owner hears of a saved edit, and the ledger key that lets the notice out once.
import { ownerHearsOfReport, ownerNoticeFields, ownerNoticeKey } from '../../../src/domain/initiative/ownerNotice';
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

describe('ownerNoticeKey', () => {
  it('is one key per initiative, owner and saved edit, dated in Oslo', () => {
    const key = ownerNoticeKey({ initiativeId: 'ini-1', ownerId: 'AAD-1', savedId: 'edit-9' }, new Date('2026-11-30T23:30:00Z'), 'Europe/Oslo');
    expect(key).toEqual({ key: 'owner_notice:ini-1:aad-1:edit-9', period: '2026-12-01' });
  });
});

describe('ownerHearsOfReport', () => {
  it('is true for a report someone else sent, false for the owner’s own (ids compared without case)', () => {
    expect(ownerHearsOfReport({ ownerId: 'OWNER' }, { reportedById: 'co' })).toBe(true);
    expect(ownerHearsOfReport({ ownerId: 'OWNER' }, { reportedById: 'owner' })).toBe(false);
  });
});
