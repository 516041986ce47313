import { permits, RULES, subjectsOf, SUBJECTS, type AccessRule, type Subject } from '../../../src/domain/access/permissions';
import { NO_ROLES, type Roles } from '../../../src/domain/access/roles';

const leaderOf = (unit: string, sector: string): Roles => ({ admin: false, headOf: [], leads: [{ unit, sector, rosterId: `${unit}@k.no` }] });
const headOf = (sector: string): Roles => ({ admin: false, leads: [], headOf: [sector] });
const initiative = { kind: 'initiative' as const, initiative: { ownerId: 'owner', coOwnerIds: ['co'], unit: 'Enhet A', sector: 'Sektor 1' } };
const idea = { kind: 'idea' as const, idea: { unit: 'Enhet A', sector: 'Sektor 1' } };

describe('subjectsOf', () => {
  it('everyone is an employee; roles only from the roster roles given', () => {
    expect([...subjectsOf({ roles: NO_ROLES })]).toEqual(['employee']);
  });
  it('places leaders and sector heads relative to the resource (names compared without case)', () => {
    expect(subjectsOf({ roles: leaderOf('enhet a', 'Sektor 1') }, idea).has('leaderOwnUnit')).toBe(true);
    expect(subjectsOf({ roles: leaderOf('Enhet B', 'Sektor 1') }, idea).has('leaderOtherUnit')).toBe(true);
    expect(subjectsOf({ roles: headOf('Sektor 1') }, idea).has('sectorHeadOwnSector')).toBe(true);
    expect(subjectsOf({ roles: headOf('Sektor 2') }, idea).has('sectorHeadOtherSector')).toBe(true);
  });
  it('owners and co-owners of an initiative are initiativeOwner, whatever their unit', () => {
    expect(subjectsOf({ aadObjectId: 'co', roles: NO_ROLES }, initiative).has('initiativeOwner')).toBe(true);
    expect(subjectsOf({ aadObjectId: 'x', roles: leaderOf('Enhet A', 'Sektor 1') }, initiative).has('initiativeOwner')).toBe(false);
  });
  it('an idea without a unit has no own-unit leader', () => {
    expect(subjectsOf({ roles: leaderOf('Enhet A', 'Sektor 1') }, { kind: 'idea', idea: {} }).has('leaderOwnUnit')).toBe(false);
  });
});

describe('the table', () => {
  // The written table (docs/permissions.md), subject by subject.
  const TABLE: Record<AccessRule, Subject[]> = {
    anyone: [...SUBJECTS],
    leader: ['leaderOwnUnit'],
    leaderOrAdmin: ['leaderOwnUnit', 'admin'],
    sectorHeadOrAdmin: ['sectorHeadOwnSector', 'admin'],
    overviewViewer: ['leaderOwnUnit', 'sectorHeadOwnSector', 'admin'],
    sectorHead: ['sectorHeadOwnSector'],
    admin: ['admin'],
    initiativeOwner: ['initiativeOwner', 'admin'],
    ideaFollower: ['leaderOwnUnit', 'admin'],
  };
  it.each(Object.keys(RULES) as AccessRule[])('%s allows exactly the documented subjects', (rule) => {
    expect([...RULES[rule].allow].sort()).toEqual([...TABLE[rule]].sort());
  });
  it('a leader of another unit may not follow up an idea; an admin may', () => {
    expect(permits('ideaFollower', { roles: leaderOf('Enhet B', 'Sektor 1') }, idea)).toBe(false);
    expect(permits('ideaFollower', { roles: { ...NO_ROLES, admin: true } }, idea)).toBe(true);
  });
});
