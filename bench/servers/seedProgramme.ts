// Seeds a programme straight into the bot's store (inside the bot process): 200 roster leaders
// with profiles, 300 initiatives, 2,000 progress reports and 2,000 ideas, for the overview
// scenario; and leader/employee profiles the other scenarios need.
import type { Idea } from '../../src/domain/idea/idea';
import { newInitiative } from '../../src/domain/initiative/rules';
import type { ProgressReport } from '../../src/domain/initiative/initiative';
import type { Profile } from '../../src/domain/profile/profile';
import type { RosterEntry } from '../../src/domain/roster/roster';
import type { DocumentStore } from '../../src/storage/documentStore';
import { SAMPLE_PROPOSAL as PROPOSAL } from '../../fixtures/sampleProposal';

const SECTORS = ['Pleie og omsorg', 'Oppvekst skole', 'Helse og sosial', 'Oppvekst barnehage'];
const STAMP = '2026-09-01T08:00:00.000Z';

export interface SeedUser {
  aadObjectId: string;
  name: string;
  role: 'leader' | 'employee';
  unit: string;
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/**
 * Profiles for the users; a leader is also put on the roster (roles come from the roster, not
 * the profile), with the Entra id, so that the bot knows them without asking Teams.
 */
export async function seedProfiles(store: DocumentStore, users: SeedUser[]): Promise<void> {
  const profiles = store.collection<Profile>('profiles');
  const roster = store.collection<RosterEntry>('roster');
  await inBatches(users, 25, async (u) => {
    await profiles.upsert({ id: u.aadObjectId, name: u.name, language: 'nb', confirmedAt: STAMP, updatedAt: STAMP });
    if (u.role !== 'leader') return;
    const email = `${u.aadObjectId}@bench.kommune.no`;
    await roster.upsert({ id: email, name: u.name, email, aadObjectId: u.aadObjectId, unit: u.unit, sector: SECTORS[0]!, importedAt: STAMP, updatedAt: STAMP });
  });
}

export const leaderAad = (n: number) => `10000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

/** 200 leaders, 300 initiatives, 2,000 reports and 2,000 ideas (the programme's size in a year). */
export async function seedOverviewProgramme(store: DocumentStore, size = { leaders: 200, initiatives: 300, reports: 2000, ideas: 2000 }): Promise<Record<string, number>> {
  const docs: Array<() => Promise<unknown>> = [];
  const roster = store.collection<RosterEntry>('roster');
  const profiles = store.collection<Profile>('profiles');
  for (let n = 0; n < size.leaders; n++) {
    const email = `programleder${n}@kommune.no`;
    const sector = SECTORS[n % SECTORS.length]!;
    const unit = `Enhet ${n}`;
    docs.push(() => roster.upsert({ id: email, name: `Leder ${n}`, email, aadObjectId: leaderAad(n), unit, sector, importedAt: STAMP, updatedAt: STAMP }));
    docs.push(() => profiles.upsert({ id: leaderAad(n), name: `Leder ${n}`, email, language: 'nb', confirmedAt: STAMP, updatedAt: STAMP }));
  }
  const initiatives = store.collection<ReturnType<typeof newInitiative>>('initiatives');
  for (let i = 0; i < size.initiatives; i++) {
    const n = i % size.leaders;
    const ini = newInitiative({ id: `bench-ini-${i}`, proposal: PROPOSAL, owner: { id: leaderAad(n), name: `Leder ${n}`, unit: `Enhet ${n}`, sector: SECTORS[n % SECTORS.length]! }, now: new Date(STAMP) });
    docs.push(() => initiatives.upsert(ini));
  }
  const reports = store.collection<ProgressReport>('reports');
  for (let r = 0; r < size.reports; r++) {
    const i = r % size.initiatives;
    const n = i % size.leaders;
    const report: ProgressReport = {
      id: `bench-rep-${r}`,
      initiativeId: `bench-ini-${i}`,
      reportedById: leaderAad(n),
      reportedByName: `Leder ${n}`,
      reportedAt: new Date(Date.parse(STAMP) + r * 3_600_000).toISOString(),
      phaseBefore: 'pilot',
      phase: 'pilot',
      status: 'active',
      progress: 'on_track',
      doneSinceLast: 'Kartlagt hva som kastes.',
      nextSteps: 'Lage oppskrifter.',
      nextStepsDate: '2027-01-15',
      employeeInvolvement: 'Hele teamet.',
      helpNeeded: ['none'],
      measurements: [{ benefitType: 'avoided_cost', date: '2026-12-20', value: '12 kg per uke' }],
      spreadActions: ['shared_internal'],
    } as ProgressReport;
    docs.push(() => reports.upsert(report));
  }
  const ideas = store.collection<Idea>('ideas');
  for (let k = 0; k < size.ideas; k++) {
    const n = k % size.leaders;
    const idea: Idea = {
      id: `bench-idea-${k}`,
      title: `Idé ${k}`,
      need: 'Vi kaster for mye mat',
      proposal: 'Heng opp oppskrifter',
      beneficiaries: ['users'],
      benefitTypes: ['quality'],
      anonymous: false,
      submitterName: `Ansatt ${k}`,
      unit: `Enhet ${n}`,
      sector: SECTORS[n % SECTORS.length]!,
      supporters: [],
      status: 'new',
      history: [],
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    docs.push(() => ideas.upsert(idea));
  }
  await inBatches(docs, 50, (d) => d());
  return { leaders: size.leaders, initiatives: size.initiatives, reports: size.reports, ideas: size.ideas };
}
