// `rediger` in the domain: the checks of registering (an old start date may stay), co-owners only
// from the roster and never the owner, and a history entry per save that a retry does not repeat.
import { applyEdit, editBaseOf, editIdFor, parseInitiativeEdit, toRawEdit, type InitiativeEdit } from '../../../src/domain/initiative/edit';
import { LIMITS } from '../../../src/domain/initiative/formTypes';
import type { Initiative } from '../../../src/domain/initiative/initiative';
import { makeInitiative } from '../../../fixtures/makeInitiative';
import { anonymiseInitiative, REMOVED_ID } from '../../../src/domain/privacy/anonymise';
import type { PersonIdentifiers } from '../../../src/domain/privacy/identifiers';

const TODAY = '2026-03-10';
const current = makeInitiative({ id: 'ini-1', ownerId: 'owner', coOwnerIds: ['old-co'], startDate: '2024-01-01', plannedInUseDate: '2026-12-01' });
const ctx = { today: TODAY, current, coOwnerChoices: ['leader-a', 'leader-b'] };
const by = { id: 'owner', name: 'Kari Nordmann' };
const NOW = new Date('2026-03-10T10:00:00Z');

function edit(over: Record<string, string>) {
  return parseInitiativeEdit({ ...toRawEdit(current), ...over }, ctx);
}

describe('parseInitiativeEdit', () => {
  it('takes the unchanged form, keeping a start date older than a year', () => {
    const parsed = edit({});
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value.startDate).toBe('2024-01-01');
  });

  it('holds a changed field to the rules of registering', () => {
    expect(edit({ startDate: '2024-01-02' })).toMatchObject({ ok: false, errors: { startDate: { code: 'startTooLongAgo' } } });
    expect(edit({ plannedInUseDate: '2023-12-31' })).toMatchObject({ ok: false, errors: { plannedInUseDate: { code: 'dateBeforeStart' } } });
    expect(edit({ title: '' })).toMatchObject({ ok: false, errors: { title: { code: 'required' } } });
    expect(edit({ phase: 'done' })).toMatchObject({ ok: false, errors: { phase: { code: 'invalidChoice' } } });
    expect(edit({ initiators: 'leaders,employees,users,ngo' })).toMatchObject({ ok: false, errors: { initiators: { code: 'tooManyChoices', max: 3 } } });
  });

  it('lets the optional KS fields be emptied', () => {
    const parsed = edit({ innovationTypes: '', employeesInvolved: '', benefit1Type: '', benefit1Description: '', startDate: '', plannedInUseDate: '' });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) for (const key of ['innovationTypes', 'employeesInvolved', 'benefits', 'startDate', 'plannedInUseDate']) expect(parsed.value).not.toHaveProperty(key);
  });

  it('takes co-owners from the roster choices; a current co-owner may stay; never the owner or a stranger', () => {
    expect(edit({ coOwnerIds: 'leader-a,old-co' })).toMatchObject({ ok: true, value: { coOwnerIds: ['leader-a', 'old-co'] } });
    expect(edit({ coOwnerIds: '' })).toMatchObject({ ok: true, value: { coOwnerIds: [] } });
    expect(edit({ coOwnerIds: 'owner' })).toMatchObject({ ok: false, errors: { coOwnerIds: { code: 'invalidChoice' } } });
    expect(edit({ coOwnerIds: 'leader-a,stranger' })).toMatchObject({ ok: false, errors: { coOwnerIds: { code: 'invalidChoice' } } });
    const many = Array.from({ length: LIMITS.maxCoOwners + 1 }, (_, i) => `l-${i}`);
    const big = parseInitiativeEdit({ ...toRawEdit(current), coOwnerIds: many.join(',') }, { ...ctx, coOwnerChoices: many });
    expect(big).toMatchObject({ ok: false, errors: { coOwnerIds: { code: 'tooManyChoices', max: LIMITS.maxCoOwners } } });
  });
});

describe('applyEdit', () => {
  const value = (over: Record<string, string>): InitiativeEdit => {
    const parsed = edit(over);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.value;
  };

  it('changes the fields, removes emptied ones and records who, when, which fields and old -> new for short ones', () => {
    const result = applyEdit(current, value({ title: 'Nytt navn', problem: 'Nytt behov', phase: 'pilot', startDate: '', coOwnerIds: 'leader-a' }), by, NOW, 'edit-1')!;
    expect(result.initiative).toMatchObject({ title: 'Nytt navn', problem: 'Nytt behov', phase: 'pilot', coOwnerIds: ['leader-a'], updatedAt: NOW.toISOString(), lastChangeAt: NOW.toISOString() });
    expect(result.initiative).not.toHaveProperty('startDate');
    expect(result.change).toEqual({
      at: NOW.toISOString(),
      byId: 'owner',
      byName: 'Kari Nordmann',
      kind: 'edited',
      editId: 'edit-1',
      fields: ['title', 'problem', 'phase', 'startDate', 'coOwnerIds'],
      values: [
        { field: 'title', from: current.title, to: 'Nytt navn' },
        { field: 'phase', from: 'anchor', to: 'pilot' },
        { field: 'startDate', from: '2024-01-01', to: '' },
      ],
    });
    expect(result.initiative.changes).toEqual([result.change]);
  });

  it('changes nothing when nothing differs (absent and empty are the same answer)', () => {
    expect(applyEdit(current, value({}), by, NOW, 'edit-2')).toBeUndefined();
    const sparse: Initiative = { ...current, innovationTypes: undefined };
    expect(applyEdit(sparse, value({ innovationTypes: '' }), by, NOW, 'edit-3')).toBeUndefined();
  });

  it('a retried save (same form) is recorded once and does not undo a change made in between', () => {
    const editId = editIdFor(current.id, 'token-1');
    const first = applyEdit(current, value({ title: 'Nytt navn' }), by, NOW, editId)!.initiative;
    const changedSince = { ...first, title: 'Rettet av medeier' };
    expect(applyEdit(changedSince, value({ title: 'Nytt navn' }), by, NOW, editId)).toBeUndefined();
    expect(editIdFor(current.id, 'token-1')).toBe(editId);
    expect(editIdFor(current.id, 'token-2')).not.toBe(editId);
  });

  it('writes only what the leader changed on the form, so a report saved meanwhile is kept', () => {
    const base = editBaseOf(current);
    // A co-owner reported while the form was open: the phase moved on.
    const reported = { ...current, phase: 'pilot' as const };
    const result = applyEdit(reported, value({ goal: 'Et nytt mål' }), by, NOW, 'edit-5', base)!;
    expect(result.initiative).toMatchObject({ phase: 'pilot', goal: 'Et nytt mål' });
    expect(result.change.fields).toEqual(['goal']);
    // Without the form's base, the old phase on the form would win.
    expect(applyEdit(reported, value({ goal: 'Et nytt mål' }), by, NOW, 'edit-6')!.initiative.phase).toBe('anchor');
  });

  it('leaves lastChangeAt alone when the phase did not change', () => {
    const result = applyEdit(current, value({ goal: 'Et nytt mål' }), by, NOW, 'edit-4')!;
    expect(result.initiative.lastChangeAt).toBe(current.lastChangeAt);
  });
});

describe('the history when a person is removed', () => {
  it('keeps that a change was made, not by whom', () => {
    const parsed = edit({ title: 'Nytt navn' });
    if (!parsed.ok) throw new Error('expected a valid edit');
    const edited = applyEdit(current, parsed.value, { id: 'co-1', name: 'Ola Medeier' }, NOW, 'edit-9')!.initiative;
    const ids: PersonIdentifiers = { email: 'ola@kommune.test', aadObjectIds: ['co-1'], teamsIds: [], names: ['Ola Medeier'] };
    const after = anonymiseInitiative(edited, ids, 'Tidligere leder');
    expect(after.changes).toEqual([expect.objectContaining({ kind: 'edited', byId: REMOVED_ID, byName: 'Tidligere leder', fields: ['title'] })]);
    // Someone else's changes stay as they were.
    expect(anonymiseInitiative(edited, { ...ids, aadObjectIds: ['someone'] }, 'Tidligere leder').changes).toEqual(edited.changes);
  });
});
