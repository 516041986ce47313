// Who gets which overview, from the server's roles; and the digests' numbers from the overview.
import { workingTimePolicy } from '../../../src/domain/calendar/policy';
import { computeOverview } from '../../../src/domain/overview/computeOverview';
import { withDigestNumbers } from '../../../src/domain/overview/digestNumbers';
import { exportSectors, hasOverview, isSectorHeadOrAdmin, viewerOf } from '../../../src/domain/overview/viewer';
import type { PlannedMessage } from '../../../src/domain/reminders/plan';
import { seededProgramme, SMALL_PROGRAMME_COUNTS as N } from '../../../fixtures/overviewProgramme';

const lead = { unit: 'Enhet 1', sector: 'Helse og sosial', rosterId: 'leder1@kommune.example' };
const nobody = { admin: false, leads: [], headOf: [] };

describe('viewerOf', () => {
  it('admin wins, then sector head, then leader; anyone else has no overview', () => {
    expect(viewerOf({ admin: true, leads: [lead], headOf: ['Helse og sosial'] }, 'aad-1')).toEqual({ role: 'admin' });
    expect(viewerOf({ admin: false, leads: [lead], headOf: ['Helse og sosial', 'Oppvekst skole'] }, 'aad-1')).toEqual({ role: 'sector_head', sectors: ['Helse og sosial', 'Oppvekst skole'] });
    expect(viewerOf({ admin: false, leads: [lead], headOf: [] }, 'aad-1')).toEqual({ role: 'leader', aadObjectId: 'aad-1', sector: 'Helse og sosial' });
    expect(viewerOf({ admin: false, leads: [lead], headOf: [] }, undefined)).toEqual({ role: 'employee' });
    expect(viewerOf(nobody, 'aad-1')).toEqual({ role: 'employee' });
  });

  it('the access rules: overviewViewer and sectorHeadOrAdmin; the export scope', () => {
    expect([hasOverview(nobody), hasOverview({ ...nobody, leads: [lead] }), hasOverview({ ...nobody, headOf: ['X'] }), hasOverview({ ...nobody, admin: true })]).toEqual([false, true, true, true]);
    expect([isSectorHeadOrAdmin({ ...nobody, leads: [lead] }), isSectorHeadOrAdmin({ ...nobody, headOf: ['X'] }), isSectorHeadOrAdmin({ ...nobody, admin: true })]).toEqual([false, true, true]);
    expect(exportSectors({ ...nobody, admin: true, headOf: ['X'] })).toBeUndefined();
    expect(exportSectors({ ...nobody, headOf: ['X'] })).toEqual(['X']);
  });
});

describe('withDigestNumbers', () => {
  const p = seededProgramme();
  const overview = computeOverview(p, { now: p.now, policy: workingTimePolicy(), cycle: p.cycle });
  const base = { period: '2026-W49', recipient: { key: 'k', name: 'n', reachable: true, availability: {} }, readiness: { state: 'now' as const } };
  const messages: PlannedMessage[] = [
    { ...base, key: 'nudge:a', kind: 'nudge', content: { kind: 'nudge', findings: [], missedDeadlines: 0 } },
    { ...base, key: 'sector:a', kind: 'sector_digest', content: { kind: 'sector_digest', sector: 'Oppvekst skole', leaders: [] } },
    { ...base, key: 'owner:a', kind: 'owner_digest', content: { kind: 'owner_digest', stats: { expected: 8, reachable: 7, registered: 6, laggards: 4, escalated: 0, unreachable: [] }, bySector: [] } },
  ];

  it('gives the sector digest its sector’s numbers and the owner digest the whole municipality’s; nudges unchanged', () => {
    const [nudge, sector, owner] = withDigestNumbers(messages, overview);
    expect(nudge).toEqual(messages[0]);
    expect(sector!.content).toMatchObject({ numbers: { registered: N.sectors['Oppvekst skole'].registered, expected: 4, initiatives: 5, late: N.sectors['Oppvekst skole'].late } });
    expect(owner!.content).toMatchObject({ numbers: { registered: N.registered, expected: N.expected, initiatives: N.initiatives, onTime: N.onTime, late: N.late, inUse: N.closed.inUse, ideasSubmitted: N.ideas.submitted, ideasAnswered: N.ideas.answered } });
  });
});
