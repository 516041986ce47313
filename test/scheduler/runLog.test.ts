// Every reminder run that sends nothing because of a problem leaves one JSON log line with
// reminderRun and reason: the log alert in deployment/infra/modules/alerts.bicep queries them.
import { Writable } from 'node:stream';
import pino from 'pino';
import { parseConfig } from '../../src/config';
import { REMINDER_LEASE, ReminderJob } from '../../src/scheduler/reminderJob';
import { startReminderScheduler } from '../../src/scheduler/scheduler';
import type { DocumentStore } from '../../src/storage/documentStore';
import { LeaseRepository } from '../../src/storage/repositories/leaseRepository';
import { freshStore } from '../support/stores';

const MONDAY = new Date('2026-11-30T09:30:00+01:00');

function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('reminder run log lines', () => {
  let store: DocumentStore;
  beforeEach(async () => {
    store = await freshStore('embedded');
    await store.init();
  });
  afterEach(() => store.close());

  const job = (logger: pino.Logger) =>
    new ReminderJob({ store, config: parseConfig({}), logger, messenger: {} as never, instanceId: 'instance-a', clock: () => MONDAY });

  it('a run skipped because another instance holds the lease says so (the alert ignores this reason)', async () => {
    const { logger, lines } = capturingLogger();
    expect(await new LeaseRepository(store).acquire(REMINDER_LEASE, 'instance-b', 60_000, MONDAY)).toBe(true);
    expect((await job(logger).run()).skipped).toBe('lease_held');
    expect(lines.filter((l) => l.reminderRun)).toEqual([expect.objectContaining({ reminderRun: 'skipped', reason: 'lease_held', level: 30 })]);
  });

  it('a run skipped because no roster is imported logs a warning the alert fires on', async () => {
    const { logger, lines } = capturingLogger();
    expect((await job(logger).run()).rosterEmpty).toBe(true);
    expect(lines.filter((l) => l.reminderRun)).toEqual([expect.objectContaining({ reminderRun: 'skipped', reason: 'roster_empty', level: 40 })]);
  });

  it('a dry run with no roster logs nothing: it is a look, not a run', async () => {
    const { logger, lines } = capturingLogger();
    await job(logger).run({ dryRun: true });
    expect(lines.filter((l) => l.reminderRun)).toEqual([]);
  });

  it('a failed scheduled run logs one error line with reminderRun failed', async () => {
    const { logger, lines } = capturingLogger();
    const failing = { run: () => Promise.reject(new Error('Cosmos DB unavailable')) };
    const schedule = startReminderScheduler(failing as never, '* * * * * *', logger);
    const until = Date.now() + 3000;
    while (!lines.some((l) => l.reminderRun) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    await schedule.stop();
    const failed = lines.filter((l) => l.reminderRun);
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(failed[0]).toMatchObject({ reminderRun: 'failed', level: 50, msg: 'reminder run failed', err: { message: 'Cosmos DB unavailable' } });
  });
});
