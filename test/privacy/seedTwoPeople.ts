// Two people in every container: Kari Nordmann (a leader and kommunalsjef, to be removed) and
// Ola Hansen (a leader, to be kept), with documents they share.
import type { Idea } from '../../src/domain/idea/idea';
import type { Initiative, InitiativeProposal, ProgressReport } from '../../src/domain/initiative/initiative';
import { newInitiative } from '../../src/domain/initiative/rules';
import type { CohortEnrolment } from '../../src/domain/leadershipProgramme/application';
import type { Profile } from '../../src/domain/profile/profile';
import type { RosterEntry } from '../../src/domain/roster/roster';
import type { BotStateDoc } from '../../src/storage/botStateStorage';
import type { BaseDoc, DocumentStore } from '../../src/storage/documentStore';
import type { PendingFile } from '../../src/storage/repositories/pendingFileRepository';
import type { AnnouncementDoc } from '../../src/storage/repositories/announcementRepository';
import type { ConversationRecord } from '../../src/storage/repositories/conversationRepository';
import type { LeaseDoc } from '../../src/storage/repositories/leaseRepository';
import type { OutboxRecord } from '../../src/storage/repositories/outboxRepository';
import type { TeamLink } from '../../src/storage/repositories/teamLinkRepository';

const person = (name: string, email: string, aad: string, teamsId: string, chat: string) => ({ name, email, aad, teamsId, chat, needles: [name, email, aad, teamsId, chat] });
export const KARI = person('Kari Nordmann', 'kari.nordmann@kommune.no', '11111111-1111-4111-8111-111111111111', '29:kari-teams', 'a:kari-chat');
export const OLA = person('Ola Hansen', 'ola.hansen@kommune.no', '22222222-2222-4222-8222-222222222222', '29:ola-teams', 'a:ola-chat');
const T = '2026-02-01T10:00:00.000Z';

const proposal: InitiativeProposal = {
  title: 'Digitalt tilsyn', problem: 'p', goal: 'g', beneficiaries: ['users'], innovationTypes: ['service'], employeeInvolvement: ['testing'],
  employeesInvolved: 3, benefits: [{ type: 'efficiency', description: 'Spart tid' }], phase: 'insight', startDate: '2026-01-15', plannedInUseDate: '2026-06-01',
};
const initiative = (id: string, owner: typeof KARI, title: string, coOwnerIds: string[] = []): Initiative => ({
  ...newInitiative({ id, proposal: { ...proposal, title }, owner: { id: owner.aad, name: owner.name, unit: 'Solsiden', sector: 'Helse og sosial' }, now: new Date(T) }),
  coOwnerIds,
});
const report = (id: string, initiativeId: string, by: typeof KARI, done: string): ProgressReport => ({
  id, initiativeId, reportedById: by.aad, reportedByName: by.name, reportedAt: T, phaseBefore: 'insight', phase: 'pilot', status: 'active', progress: 'on_track',
  doneSinceLast: done, nextSteps: 'n', nextStepsDate: '2026-03-01', employeeInvolvement: 'e', helpNeeded: ['none'], measurements: [], spreadActions: [],
});
const idea = (id: string, by: typeof KARI, title: string, need: string, supporters: Array<typeof KARI>, statusBy: string): Idea => ({
  id, title, need, proposal: 'Lag en liste', beneficiaries: ['employees'], benefitTypes: ['efficiency'], anonymous: false,
  submitterName: by.name, submitterId: by.aad, notify: { userId: by.teamsId, aadObjectId: by.aad, serviceUrl: 'https://smba.example/' },
  teamId: '19:team', unit: 'Solsiden', supporters: supporters.map((s) => ({ aadObjectId: s.aad, userId: s.teamsId })), status: 'reviewing',
  history: [{ status: 'reviewing', at: T, by: statusBy }], startCardSentAt: { [KARI.aad]: T }, createdAt: T, updatedAt: T,
});
const rosterRow = (p: typeof KARI, head?: string): RosterEntry => ({
  id: p.email, name: p.name, email: p.email, aadObjectId: p.aad, unit: 'Solsiden', sector: 'Helse og sosial', ...(head ? { sectorHeadEmail: head } : {}), importedAt: T, updatedAt: T,
});
const chat = (p: typeof KARI): ConversationRecord => ({
  id: `user:${p.aad}`, scope: 'personal', conversationId: p.chat, aadObjectId: p.aad, tenantId: 'tenant',
  reference: { conversation: { id: p.chat }, user: { id: p.teamsId, name: p.name, aadObjectId: p.aad }, serviceUrl: 'https://smba.example/' },
  installed: true, installedAt: T, updatedAt: T,
});
const outbox = (p: typeof KARI): OutboxRecord => ({
  id: `nudge%3A${p.email}`, key: `nudge:${p.email}:2026-W06`, kind: 'nudge', period: '2026-W06', recipientKey: p.email, recipientName: p.name,
  status: 'sent', runId: 'run-1', attempts: 1, createdAt: T, updatedAt: T, sentAt: T,
});
const state = (key: string, value: Record<string, unknown>): BotStateDoc => ({ id: key.replace(/\//g, '%2F'), key, state: value, updatedAt: T });

export async function seedTwoPeople(store: DocumentStore): Promise<void> {
  const put = <T extends BaseDoc>(container: Parameters<DocumentStore['collection']>[0], docs: T[]) => Promise.all(docs.map((d) => store.collection<T>(container).create(d)));
  await put<Profile>('profiles', [KARI, OLA].map((p) => ({ id: p.aad, name: p.name, email: p.email, unit: 'Solsiden', language: 'nb', updatedAt: T })));
  await put<RosterEntry>('roster', [rosterRow(KARI), rosterRow(OLA), { ...rosterRow({ ...OLA, name: 'Per Berg', email: 'per@kommune.no', aad: '33333333-3333-4333-8333-333333333333' }, KARI.email) }]);
  const channel: ConversationRecord = {
    id: 'conv:19%3Achannel', scope: 'channel', conversationId: '19:channel', teamId: '19:team',
    reference: { conversation: { id: '19:channel' }, user: { id: KARI.teamsId, name: KARI.name, aadObjectId: KARI.aad } }, installed: true, installedAt: T, updatedAt: T,
  };
  const link: TeamLink = { id: 'teamlink:19%3Ateam', kind: 'teamLink', teamId: '19:team', unit: 'Solsiden', channelReference: { conversation: { id: '19:channel' } }, linkedBy: { aadObjectId: KARI.aad, userId: KARI.teamsId }, linkedAt: T };
  await put<BaseDoc>('conversations', [chat(KARI), chat(OLA), channel, link]);
  await put<Initiative>('initiatives', [initiative('ini-kari', KARI, 'Digitalt tilsyn'), initiative('ini-ola-shared', OLA, 'Felles tiltak', [KARI.aad]), initiative('ini-ola-only', OLA, 'Olas tiltak')]);
  await put<ProgressReport>('reports', [report('rep-kari', 'ini-kari', KARI, 'Testet med Kari Nordmann og teamet'), report('rep-shared', 'ini-ola-shared', OLA, 'd'), report('rep-ola', 'ini-ola-only', OLA, 'd')]);
  await put<Idea>('ideas', [
    idea('idea-kari', KARI, 'Oppskrift på kjøleskapet', 'Kari trenger oversikt', [KARI, OLA], KARI.aad),
    { ...idea('idea-ola', OLA, 'Olas idé', 'Ola trenger hjelp', [KARI], KARI.aad), startCardSentAt: { [KARI.aad]: T } },
  ]);
  await put<OutboxRecord>('outbox', [outbox(KARI), outbox(OLA)]);
  await put<LeaseDoc>('leases', [{ id: 'reminders', owner: 'instance-1', acquiredAt: T, expiresAt: '2099-01-01T00:00:00.000Z', ttl: 600 }]);
  await put<BotStateDoc>('botstate', [
    state(`msteams/conversations/${KARI.chat}`, { dialogState: { values: { name: KARI.name } } }),
    state(`msteams/users/${KARI.teamsId}`, { profile: {} }),
    state(`msteams/conversations/${OLA.chat}`, { dialogState: { values: { name: OLA.name } } }),
  ]);
  const cohort: CohortEnrolment = {
    id: 'k2026h', approvalSeq: 1, updatedAt: T, applicantEmails: [KARI.email, OLA.email],
    applications: [
      { id: 'app-kari', cohortId: 'k2026h', applicant: { email: KARI.email, aadObjectId: KARI.aad, name: KARI.name, unit: 'Solsiden', sector: 'Helse og sosial' }, motivation: 'Vil lære', status: 'applied', appliedAt: T },
      { id: 'app-ola', cohortId: 'k2026h', applicant: { email: OLA.email, aadObjectId: OLA.aad, name: OLA.name, unit: 'Solsiden', sector: 'Helse og sosial' }, motivation: 'Vil også', status: 'seated', appliedAt: T, approvalSeq: 1, decision: { kind: 'approve', byEmail: KARI.email, at: T } },
    ],
  };
  await put<CohortEnrolment>('enrolments', [cohort]);
  const announcement: AnnouncementDoc = {
    id: 'ann-kari', title: 'Hei alle', text: 'Fra kommunalsjefen', audience: { kind: 'all_leaders' }, createdBy: { aadObjectId: KARI.aad, name: KARI.name }, createdAt: T,
    recipients: [KARI, OLA].map((p) => ({ key: p.email, name: p.name, aadObjectId: p.aad, reachable: true })),
    report: { total: 2, sent: 1, pending: 0, unreachable: [{ key: KARI.email, name: KARI.name, reason: 'refused' }], failed: [], finished: true },
  };
  await put<AnnouncementDoc>('announcements', [announcement]);
  const offer = (p: typeof KARI, id: string): PendingFile => ({
    id, ownerAadObjectId: p.aad, name: `tiltak-${p.name}.xlsx`, description: 'Eksport', sizeInBytes: 3, contentBase64: 'AAAA', status: 'pending', createdAt: T, updatedAt: T, ttl: 3600,
  });
  await put<PendingFile>('pendingFiles', [offer(KARI, 'file-kari'), offer(OLA, 'file-ola')]);
}
