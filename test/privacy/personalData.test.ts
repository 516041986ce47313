// Personal data on request, on both stores: two people seeded across every container; the
// export of one holds their data; removing one leaves no trace of them in any document of any
// container, keeps the other's data as it was, and keeps the anonymised ideas and initiatives.
import type { Idea } from '../../src/domain/idea/idea';
import type { Initiative, ProgressReport } from '../../src/domain/initiative/initiative';
import type { CohortEnrolment } from '../../src/domain/leadershipProgramme/application';
import { collectPersonalData } from '../../src/privacy/collectPersonalData';
import { removePerson } from '../../src/privacy/removePerson';
import { CONTAINERS, CONTAINER_NAMES, type ContainerName } from '../../src/storage/containers';
import type { BaseDoc, DocumentStore } from '../../src/storage/documentStore';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { seedTwoPeople, KARI, OLA } from './seedTwoPeople';

afterAll(async () => {
  await stopSharedCosmosServer();
});

async function everyDocument(store: DocumentStore): Promise<Array<{ container: ContainerName; doc: BaseDoc }>> {
  const out: Array<{ container: ContainerName; doc: BaseDoc }> = [];
  for (const container of CONTAINER_NAMES) for (const d of await store.collection<BaseDoc>(container).query()) out.push({ container, doc: d.value });
  return out;
}

const traces = (docs: Array<{ container: ContainerName; doc: BaseDoc }>, needles: string[]) =>
  docs.filter(({ doc }) => needles.some((n) => JSON.stringify(doc).toLowerCase().includes(n.toLowerCase()))).map(({ container, doc }) => `${container}/${doc.id}`);

describe.each(STORE_KINDS)('personal data on %s store', (kind) => {
  let store: DocumentStore;

  beforeEach(async () => {
    store = await freshStore(kind);
    await store.init();
    await seedTwoPeople(store);
  });

  afterEach(async () => {
    await store.close();
  });

  it('every container holds something of both people (the seed is complete)', async () => {
    const docs = await everyDocument(store);
    for (const container of CONTAINER_NAMES.filter((c) => c !== 'leases')) {
      expect([container, traces(docs.filter((d) => d.container === container), KARI.needles).length > 0]).toEqual([container, true]);
    }
  });

  it('the export holds what is seeded for the person, and not the other person\'s own records', async () => {
    const data = await collectPersonalData(store, { email: KARI.email });
    expect(data.roster?.name).toBe(KARI.name);
    expect(data.profiles.map((p) => p.id)).toEqual([KARI.aad]);
    expect(data.initiatives.map((i) => i.id).sort()).toEqual(['ini-kari', 'ini-ola-shared']);
    expect(data.reports.map((r) => r.id).sort()).toEqual(['rep-kari', 'rep-shared']);
    expect(data.ideasSubmitted.map((i) => i.id)).toEqual(['idea-kari']);
    expect(data.supports.map((s) => s.ideaId).sort()).toEqual(['idea-kari', 'idea-ola']);
    expect(data.reminderHistory.map((o) => o.recipientKey)).toEqual([KARI.email]);
    expect(data.conversations.map((c) => c.id)).toEqual([`user:${KARI.aad}`]);
    expect(data.botState.length).toBe(2);
    expect(data.applications.map((a) => a.id)).toEqual(['app-kari']);
    expect(data.announcementsWritten.map((a) => a.id)).toEqual(['ann-kari']);
    const text = JSON.stringify(data);
    for (const other of [OLA.email, 'Ola trenger', 'ola-chat', 'app-ola', 'ini-ola-only', 'rep-ola']) expect([other, text.includes(other)]).toEqual([other, false]);
  });

  it('removal leaves no trace of the person in any document; the other person and the anonymised work remain', async () => {
    const before = await everyDocument(store);
    const olaOnly = before.filter(({ doc }) => traces([{ container: 'roster', doc }], OLA.needles).length && !traces([{ container: 'roster', doc }], KARI.needles).length);
    expect(olaOnly.length).toBeGreaterThanOrEqual(7);

    const result = await removePerson(store, KARI.email.toUpperCase(), { formerLeader: 'Tidligere leder' });
    expect(result.found).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/kari/i);

    const after = await everyDocument(store);
    expect(traces(after, KARI.needles)).toEqual([]);
    // The other person's own documents are exactly as they were.
    for (const { container, doc } of olaOnly) {
      const pk = (doc as unknown as Record<string, string>)[CONTAINERS[container].partitionKey];
      expect((await store.collection<BaseDoc>(container).read(doc.id, pk))?.value).toEqual(doc);
    }
    const idea = (await store.collection<Idea>('ideas').read('idea-kari'))?.value;
    expect(idea).toMatchObject({ title: 'Oppskrift på kjøleskapet', anonymous: true, supporters: [{ aadObjectId: OLA.aad }] });
    expect(idea?.submitterName).toBeUndefined();
    const own = (await store.collection<Initiative>('initiatives').read('ini-kari'))?.value;
    expect(own).toMatchObject({ title: 'Digitalt tilsyn', ownerName: 'Tidligere leder', ownerId: 'removed' });
    const shared = (await store.collection<Initiative>('initiatives').read('ini-ola-shared'))?.value;
    expect(shared).toMatchObject({ ownerId: OLA.aad, ownerName: OLA.name, coOwnerIds: [] });
    const report = (await store.collection<ProgressReport>('reports').read('rep-kari', 'ini-kari'))?.value;
    expect(report).toMatchObject({ reportedByName: 'Tidligere leder', doneSinceLast: 'Testet med [fjernet] og teamet' });
    const cohort = (await store.collection<CohortEnrolment>('enrolments').read('k2026h'))?.value;
    expect(cohort?.applications.map((a) => [a.id, a.decision?.byEmail])).toEqual([['app-ola', 'removed']]);
    expect(await store.collection('roster').read('per@kommune.no')).toBeDefined();

    // Removing again finds nothing and changes nothing.
    expect(await removePerson(store, KARI.email, { formerLeader: 'Tidligere leder' })).toEqual({ found: false, deleted: {}, anonymised: {} });
  });
});
