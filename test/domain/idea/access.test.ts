import { ledUnit, mayFollowUp, mayLinkInitiative } from '../../../src/domain/idea/access';
import type { Profile } from '../../../src/domain/profile/profile';

const leader = (unit?: string): Profile => ({ id: 'aad-l', name: 'Lea', role: 'leader', unit, sector: 'helse', updatedAt: '2026-01-01T00:00:00Z' });

describe('ledUnit', () => {
  it('is the unit of a leader who names one', () => {
    expect(ledUnit(leader('Sentrum sykehjem'))).toEqual({ unit: 'Sentrum sykehjem', sector: 'helse' });
  });
  it('is undefined without a unit, for other roles and without a profile', () => {
    expect(ledUnit(leader())).toBeUndefined();
    expect(ledUnit({ ...leader('Sentrum sykehjem'), role: 'sectorHead' as Profile['role'] })).toBeUndefined();
    expect(ledUnit(undefined)).toBeUndefined();
  });
});

describe('mayFollowUp', () => {
  const idea = { unit: 'Sentrum sykehjem' };
  it('lets the leader of the idea’s unit follow up', () => {
    expect(mayFollowUp(leader('Sentrum sykehjem'), false, idea)).toBe(true);
  });
  it('refuses the leader of another unit, and everyone on an idea without a unit', () => {
    expect(mayFollowUp(leader('Nord skole'), false, idea)).toBe(false);
    expect(mayFollowUp(leader('Sentrum sykehjem'), false, { unit: undefined })).toBe(false);
    expect(mayFollowUp(undefined, false, idea)).toBe(false);
  });
  it('lets admins follow up any idea', () => {
    expect(mayFollowUp(undefined, true, { unit: undefined })).toBe(true);
  });
});

describe('mayLinkInitiative', () => {
  const initiative = { ownerId: 'aad-o', coOwnerIds: ['aad-c'] };
  it('allows owners, co-owners and admins only', () => {
    expect(mayLinkInitiative('aad-o', false, initiative)).toBe(true);
    expect(mayLinkInitiative('aad-c', false, initiative)).toBe(true);
    expect(mayLinkInitiative('aad-x', true, initiative)).toBe(true);
    expect(mayLinkInitiative('aad-x', false, initiative)).toBe(false);
  });
});
