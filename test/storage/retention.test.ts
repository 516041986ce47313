// RETENTION_DAYS on the embedded store: reminder records and saved dialog state expire after
// the retention period since their last change; other data does not.
import { DocumentBotStateStorage, type BotStateDoc } from '../../src/storage/botStateStorage';
import { CONTAINERS } from '../../src/storage/containers';
import { createStore } from '../../src/storage/createStore';
import type { DocumentStore } from '../../src/storage/documentStore';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { OutboxRepository } from '../../src/storage/repositories/outboxRepository';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';
import { RETAINED_CONTAINERS, withRetention } from '../../src/storage/retention';

const DAY = 86_400_000;
const START = new Date('2026-03-02T10:00:00Z').getTime();

describe('retention on the embedded store', () => {
  let store: DocumentStore;

  beforeEach(async () => {
    jest.useFakeTimers({ now: START, doNotFake: ['setImmediate', 'nextTick'] });
    store = withRetention(new SqliteDocumentStore(':memory:'), 30);
    await store.init();
  });

  afterEach(async () => {
    await store.close();
    jest.useRealTimers();
  });

  it('outbox records and bot state expire after RETENTION_DAYS; profiles stay', async () => {
    const outbox = new OutboxRepository(store);
    await outbox.claim({ key: 'nudge:kari:2026-W10', kind: 'nudge', period: '2026-W10', recipientKey: 'kari@k.no', recipientName: 'Kari', runId: 'r' });
    const state = new DocumentBotStateStorage(store.collection<BotStateDoc>('botstate'));
    await state.write({ 'msteams/conversations/a:1': { dialogState: { step: 2 } } });
    await new ProfileRepository(store).update('aad-1', { id: 'aad-1', name: 'Kari' }, (p) => p);

    jest.setSystemTime(START + 29 * DAY);
    expect(await outbox.get('nudge:kari:2026-W10')).toBeDefined();
    expect(Object.keys(await state.read(['msteams/conversations/a:1']))).toHaveLength(1);

    jest.setSystemTime(START + 31 * DAY);
    expect(await outbox.get('nudge:kari:2026-W10')).toBeUndefined();
    expect(await outbox.all()).toEqual([]);
    expect(await state.read(['msteams/conversations/a:1'])).toEqual({});
    expect((await new ProfileRepository(store).get('aad-1'))?.value.name).toBe('Kari');
  });

  it('a change restarts the period (state in use is never lost mid-dialog)', async () => {
    const state = new DocumentBotStateStorage(store.collection<BotStateDoc>('botstate'));
    await state.write({ k: { step: 1 } });
    jest.setSystemTime(START + 20 * DAY);
    await state.write({ k: { step: 2 } });
    jest.setSystemTime(START + 40 * DAY);
    expect(await state.read(['k'])).toMatchObject({ k: { step: 2 } });
  });

  it('an expired reminder key can be claimed again (the ledger only covers the retention period)', async () => {
    const outbox = new OutboxRepository(store);
    const record = { key: 'k1', kind: 'nudge', period: 'p', recipientKey: 'x', recipientName: 'X', runId: 'r' };
    expect(await outbox.claim(record)).toBe(true);
    expect(await outbox.claim(record)).toBe(false);
    jest.setSystemTime(START + 31 * DAY);
    expect(await outbox.claim(record)).toBe(true);
  });
});

describe('retention wiring', () => {
  it('the retained containers have TTL turned on (Cosmos needs defaultTtl -1 for them)', () => {
    for (const name of RETAINED_CONTAINERS) expect([name, 'ttl' in CONTAINERS[name] && CONTAINERS[name].ttl]).toEqual([name, true]);
  });

  it('createStore applies the configured retention', async () => {
    jest.useFakeTimers({ now: START, doNotFake: ['setImmediate', 'nextTick'] });
    const store = createStore({ kind: 'embedded', dataDir: ':memory:', retentionDays: 14 });
    await store.init();
    try {
      await new OutboxRepository(store).claim({ key: 'k', kind: 'nudge', period: 'p', recipientKey: 'x', recipientName: 'X', runId: 'r' });
      jest.setSystemTime(START + 15 * DAY);
      expect(await new OutboxRepository(store).get('k')).toBeUndefined();
    } finally {
      await store.close();
      jest.useRealTimers();
    }
  });
});
