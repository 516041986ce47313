import { NO_ROLES, type Roles } from '../../../src/domain/access/roles';
import { ledUnit, mayFollowUp, mayLinkInitiative } from '../../../src/domain/idea/access';

const leads = (...units: string[]): Roles => ({ admin: false, headOf: [], leads: units.map((unit) => ({ unit, sector: 'helse', rosterId: `${unit}@k.no` })) });
const admin: Roles = { ...NO_ROLES, admin: true };

describe('ledUnit (from the roster roles)', () => {
  it('is the unit the leader leads, the preferred one when it is theirs', () => {
    expect(ledUnit(leads('Sentrum sykehjem'))).toMatchObject({ unit: 'Sentrum sykehjem', sector: 'helse' });
    expect(ledUnit(leads('A', 'B'), 'b')).toMatchObject({ unit: 'B' });
    expect(ledUnit(leads('A', 'B'), 'Someone else')).toMatchObject({ unit: 'A' });
  });
  it('is undefined for someone who leads no unit', () => {
    expect(ledUnit(NO_ROLES)).toBeUndefined();
    expect(ledUnit(admin)).toBeUndefined();
  });
});

describe('mayFollowUp', () => {
  const idea = { unit: 'Sentrum sykehjem', sector: 'helse' };
  it('lets the leader of the idea unit follow up', () => {
    expect(mayFollowUp({ aadObjectId: 'a', roles: leads('Sentrum sykehjem') }, idea)).toBe(true);
  });
  it('refuses other leaders, employees and ideas without a unit', () => {
    expect(mayFollowUp({ aadObjectId: 'a', roles: leads('Nord skole') }, idea)).toBe(false);
    expect(mayFollowUp({ aadObjectId: 'a', roles: leads('Sentrum sykehjem') }, { unit: undefined })).toBe(false);
    expect(mayFollowUp({ aadObjectId: 'a', roles: NO_ROLES }, idea)).toBe(false);
  });
  it('lets admins follow up any idea', () => {
    expect(mayFollowUp({ aadObjectId: 'a', roles: admin }, { unit: undefined })).toBe(true);
  });
});

describe('mayLinkInitiative', () => {
  const initiative = { ownerId: 'aad-o', coOwnerIds: ['aad-c'] };
  it('allows owners, co-owners and admins only', () => {
    expect(mayLinkInitiative({ aadObjectId: 'aad-o', roles: NO_ROLES }, initiative)).toBe(true);
    expect(mayLinkInitiative({ aadObjectId: 'aad-c', roles: NO_ROLES }, initiative)).toBe(true);
    expect(mayLinkInitiative({ aadObjectId: 'aad-x', roles: admin }, initiative)).toBe(true);
    expect(mayLinkInitiative({ aadObjectId: 'aad-x', roles: leads('Sentrum sykehjem') }, initiative)).toBe(false);
  });
});
