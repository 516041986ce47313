// Roles from the indexed roster (built once per snapshot, used every turn) are exactly the roles
// rolesOf's scan of the roster gives, row order included: only a faster way to the same answer.
import fc from 'fast-check';
import { indexRoster, rolesIn, rolesOf } from '../../../src/domain/access/roles';
import type { RosterEntry } from '../../../src/domain/roster/roster';

const emails = ['kari@k.no', 'ola@k.no', 'siri.sjef@k.no', 'per@k.no'];
const aads = ['AAAA-1', 'aaaa-1', 'bbbb-2', 'cccc-3'];
const entry = fc.record({
  email: fc.constantFrom(...emails),
  aad: fc.option(fc.constantFrom(...aads), { nil: undefined }),
  matched: fc.option(fc.constantFrom(...aads), { nil: undefined }),
  head: fc.option(fc.constantFrom(...emails, ' Siri.Sjef@K.no '), { nil: undefined }),
  unit: fc.constantFrom('Enhet A', 'Enhet B'),
  sector: fc.constantFrom('Helse og sosial', 'Oppvekst skole', 'Miljø'),
});

describe('roles from the indexed roster', () => {
  it('equal the roles a scan of the roster gives, for anyone', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        fc.record({ aadObjectId: fc.option(fc.constantFrom(...aads, 'dddd-4'), { nil: undefined }), email: fc.option(fc.constantFrom(...emails, ' KARI@k.no', ''), { nil: undefined }) }),
        fc.constantFrom([], ['aaaa-1'], ['BBBB-2']),
        (rows, person, admins) => {
          const roster: RosterEntry[] = rows.map((r, i) => ({
            id: i % 3 === 0 ? r.email : `${i}.${r.email}`,
            name: 'N',
            email: r.email,
            aadObjectId: r.aad,
            matchedAadObjectId: r.matched?.toLowerCase(),
            sectorHeadEmail: r.head,
            unit: r.unit,
            sector: r.sector,
            importedAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
          }));
          expect(rolesIn(person, indexRoster(roster), admins)).toEqual(rolesOf(person, roster, admins));
        },
      ),
      { numRuns: 500 },
    );
  });
});
