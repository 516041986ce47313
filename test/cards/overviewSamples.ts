// Sample data for the overview cards, built by the real data builders from the seeded small
// programme with hostile text in every name a user or HR supplies (sectors, units, people,
// initiative titles).
import { workingTimePolicy } from '../../src/domain/calendar/policy';
import type { ProgrammeFacts } from '../../src/domain/overview/overview';
import { overviewFor } from '../../src/domain/overview/scope';
import { drilldownCardData, leaderCardData, programmeCardData } from '../../src/teams/overview/overviewCardData';
import { seededProgramme, type ProgrammeSize } from '../../fixtures/overviewProgramme';
import type { CardSample } from './samples';
import { HOSTILE } from './hostile';

const H = HOSTILE;
export const OVERVIEW_USER = {
  sector: `Sektor ${H}`,
  unit: `Enhet ${H}`,
  leader: `Leder ${H}`,
  title: `Tiltak ${H}`,
};

/** The seeded programme with every sector, unit, leader and title name made hostile. */
export function hostileProgramme(size?: ProgrammeSize): ProgrammeFacts & { now: Date; cycle: ReturnType<typeof seededProgramme>['cycle'] } {
  const p = seededProgramme(size);
  const sector = (s: string) => `${OVERVIEW_USER.sector} ${s}`;
  const unit = (u: string) => `${OVERVIEW_USER.unit} ${u}`;
  return {
    ...p,
    roster: p.roster.map((r) => ({ ...r, name: `${OVERVIEW_USER.leader} ${r.name}`, sector: sector(r.sector), unit: unit(r.unit) })),
    initiatives: p.initiatives.map((i) => ({ ...i, title: `${OVERVIEW_USER.title} ${i.title}`, ownerName: `${OVERVIEW_USER.leader} ${i.ownerName}`, sector: sector(i.sector), unit: unit(i.unit) })),
    ideas: p.ideas.map((i) => ({ ...i, sector: i.sector && sector(i.sector), unit: i.unit && unit(i.unit) })),
  };
}

const p = hostileProgramme();
const clock = { now: p.now, policy: workingTimePolicy(), cycle: p.cycle };
const admin = overviewFor({ role: 'admin' }, p, clock);
const head = overviewFor({ role: 'sector_head', sectors: [p.roster[0]!.sector] }, p, clock);
const leader = overviewFor({ role: 'leader', aadObjectId: p.roster[1]!.aadObjectId!, sector: p.roster[1]!.sector }, p, clock);
if (admin.role !== 'admin' || head.role !== 'sector_head' || leader.role !== 'leader') throw new Error('unexpected views');

const userText = [OVERVIEW_USER.sector, OVERVIEW_USER.unit, OVERVIEW_USER.leader];

export const OVERVIEW_CARD_SAMPLES: Record<string, CardSample> = {
  overviewProgramme: { data: programmeCardData(head, 'nb'), userText },
  overviewLeader: { data: leaderCardData(leader, 'nb'), userText: [OVERVIEW_USER.title, OVERVIEW_USER.sector] },
  overviewList: {
    data: drilldownCardData(admin.overview.totals.notRegistered, { list: 'notRegistered', sector: p.roster[0]!.sector, page: 1 }, 'nb', true),
    userText: [OVERVIEW_USER.leader, OVERVIEW_USER.unit, OVERVIEW_USER.sector],
  },
};
