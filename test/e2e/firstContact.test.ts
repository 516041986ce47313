// First contact with someone who is not on the roster: one member lookup at the connector, one
// indexed roster read, the profile read once, the conversation record created unread; and the answer «checked, not on the roster» is
// kept on the profile, so a restarted app does not look them up again until the roster changes.
import { randomUUID } from 'node:crypto';
import { personalMessage, testUser } from '../support/activities';
import { startBot, startConnector, tempDataDir, type BotUnderTest, type Connector } from '../support/botHarness';
import { cosmosStore, sharedCosmosServer, stopSharedCosmosServer, STORE_KINDS, type StoreKind } from '../support/stores';
import { CountingStore } from '../../fixtures/countingStore';
import type { DocumentStore } from '../../src/storage/documentStore';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';
import { RosterRepository } from '../../src/storage/repositories/rosterRepository';

const SECTOR = 'Helse og sosial';

describe.each(STORE_KINDS)('first contact of someone not on the roster (%s store)', (kind: StoreKind) => {
  let connector: Connector;
  let bot: BotUnderTest | undefined;
  const data = tempDataDir();
  const database = `db-${randomUUID()}`;

  /** The same stored data each time, as after a restart: a file, or one Cosmos database. */
  async function openStore(): Promise<CountingStore> {
    const inner: DocumentStore = kind === 'embedded' ? new SqliteDocumentStore(data.dir) : await cosmosStore(await sharedCosmosServer(), database);
    return new CountingStore(inner);
  }

  const stranger = testUser('first-contact-stranger');
  const memberLookups = () => connector.calls.filter((c) => c.method === 'GET' && c.path.includes('/members/')).length;
  const say = (text: string) => bot!.post(personalMessage({ serviceUrl: connector.url, user: stranger, text }));

  beforeAll(async () => {
    connector = await startConnector();
    connector.members.set(stranger.id, { id: stranger.id, name: stranger.name, aadObjectId: stranger.aadObjectId, userPrincipalName: 'Ola.Stranger@kommune.no' });
  });
  afterAll(async () => {
    await bot?.stop();
    await connector.stop();
    if (kind === 'cosmos') await stopSharedCosmosServer();
    data.remove();
  });

  it('costs one member lookup, one roster read and one profile read, and is not repeated after a restart', async () => {
    const store = await openStore();
    bot = await startBot({ store });
    await new RosterRepository(bot.app.store).import([{ line: 2, row: { name: 'Kari', email: 'kari@kommune.no', unit: 'Enhet', sector: SECTOR } }]);
    bot.app.directory.invalidate();

    store.reset();
    expect((await say('hjelp')).status).toBe(200);
    expect(memberLookups()).toBe(1);
    expect(store.of('roster').read).toBe(1); // the one indexed lookup, by e-mail
    expect(store.of('roster').query).toBeLessThanOrEqual(1); // the roles' snapshot (loaded once after the import)
    expect(store.of('profiles').read).toBe(1);
    expect(store.of('profiles').write).toBe(1); // e-mail and «not on the roster» in one write
    expect(store.of('conversations')).toMatchObject({ read: 0, write: 1 }); // no profile: a new chat, created without a read
    const profile = (await new ProfileRepository(bot.app.store).get(stranger.aadObjectId))?.value;
    expect(profile).toMatchObject({ email: 'ola.stranger@kommune.no', notOnRosterVersion: expect.any(String) });

    await bot.stop();
    bot = await startBot({ store: await openStore() });
    expect((await say('hjelp')).status).toBe(200);
    expect(memberLookups()).toBe(1); // the restarted app trusts the mark on the profile
    expect((await say('hjelp')).status).toBe(200);
    expect(memberLookups()).toBe(1);
  }, 60_000);

  it('looks again once the roster changes, and links the person when the roster now has them', async () => {
    const roster = new RosterRepository(bot!.app.store);
    await roster.import([{ line: 3, row: { name: 'Ola', email: 'ola.stranger@kommune.no', unit: 'Enhet', sector: SECTOR } }]);
    bot!.app.directory.invalidate();
    expect((await say('hjelp')).status).toBe(200);
    expect(memberLookups()).toBe(2);
    expect(await roster.get('ola.stranger@kommune.no')).toMatchObject({ matchedAadObjectId: stranger.aadObjectId });
    const profile = (await new ProfileRepository(bot!.app.store).get(stranger.aadObjectId))?.value;
    expect(profile?.notOnRosterVersion).toBeUndefined();
  }, 60_000);
});
