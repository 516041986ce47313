// /readyz answers without a token and each probe writes to the store, so anyone who can reach it
// could turn requests into store writes (Cosmos DB request units). Concurrent calls share one
// probe and an answer is reused for READINESS_CACHE_MS.
import { startBot, type BotUnderTest } from '../support/botHarness';
import { CountingStore } from '../../fixtures/countingStore';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';

const store = new CountingStore(new SqliteDocumentStore(':memory:'));
let bot: BotUnderTest;

beforeAll(async () => {
  bot = await startBot({ store, env: { READINESS_CACHE_MS: '1500' } });
});
afterAll(() => bot.stop());

const readyz = async () => (await fetch(`${bot.baseUrl}/readyz`)).status;

describe('the cost of /readyz', () => {
  it('shares one probe write among seventy calls, and probes again once the answer is older than the cache time', async () => {
    await new Promise((r) => setTimeout(r, 1550));
    store.reset();
    const statuses = [...(await Promise.all(Array.from({ length: 50 }, readyz)))];
    for (let i = 0; i < 20; i++) statuses.push(await readyz());
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(store.of('leases').write).toBe(1);

    await new Promise((r) => setTimeout(r, 1550));
    expect(await readyz()).toBe(200);
    expect(store.of('leases').write).toBe(2);
  });
});
