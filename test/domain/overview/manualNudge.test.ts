// «Send påminnelse»: only lagging leaders in the viewer's scope, one key per leader per day.
import { workingTimePolicy } from '../../../src/domain/calendar/policy';
import { manualNudgeKey, nudgeableLeader } from '../../../src/domain/overview/manualNudge';
import { overviewFor } from '../../../src/domain/overview/scope';
import { seededProgramme, SMALL_PROGRAMME_COUNTS as N } from '../../../fixtures/overviewProgramme';

const p = seededProgramme();
const clock = { now: p.now, policy: workingTimePolicy(), cycle: p.cycle };
const laggard = N.notRegistered[0]; // leder5, in Helse og sosial
const registered = 'leder1@kommune.example';

describe('manual nudge', () => {
  it('a sector head may nudge a lagging leader of their own sector only', () => {
    const own = overviewFor({ role: 'sector_head', sectors: ['Helse og sosial'] }, p, clock);
    const other = overviewFor({ role: 'sector_head', sectors: ['Oppvekst skole'] }, p, clock);
    expect(nudgeableLeader(own, laggard)?.id).toBe(laggard);
    expect(nudgeableLeader(other, laggard)).toBeUndefined();
    expect(nudgeableLeader(own, registered)).toBeUndefined();
    expect(nudgeableLeader(own, { id: laggard })).toBeUndefined();
  });

  it('a leader may nudge nobody; an admin any laggard', () => {
    const me = p.roster[0]!;
    expect(nudgeableLeader(overviewFor({ role: 'leader', aadObjectId: me.aadObjectId!, sector: me.sector }, p, clock), laggard)).toBeUndefined();
    expect(nudgeableLeader(overviewFor({ role: 'admin' }, p, clock), laggard)?.id).toBe(laggard);
  });

  it('keys one nudge per leader per local day (Oslo)', () => {
    const a = manualNudgeKey('Leder5@Kommune.example', new Date('2026-11-30T22:59:00Z'), 'Europe/Oslo');
    const b = manualNudgeKey('leder5@kommune.example', new Date('2026-11-30T07:00:00Z'), 'Europe/Oslo');
    const c = manualNudgeKey('leder5@kommune.example', new Date('2026-11-30T23:01:00Z'), 'Europe/Oslo');
    expect(a).toEqual(b);
    expect(c.key).not.toBe(a.key);
    expect(c.period).toBe('2026-12-01');
  });
});
