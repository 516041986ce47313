// The reminder job plans and sends the roster in pages: each leader's chat and profile are read
// with their page (not all up front), every laggard gets exactly one nudge however the roster
// splits into pages, and a run that dies mid-page is finished by the next without duplicates.
import pino from 'pino';
import { parseConfig } from '../../src/config';
import type { DeliveryOutcome, ReminderMessage, ReminderMessenger, ReminderRecipient } from '../../src/domain/reminders/messenger';
import { ReminderJob } from '../../src/scheduler/reminderJob';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { CountingStore } from '../../fixtures/countingStore';
import { isLaggardReachableNow, MONDAY, reminderEnv, seedProgramme, type SeededLeader } from '../../fixtures/programme';

const LEADERS = 100;
/** 40 of the 100 seeded leaders are due a nudge now: 16 per page of 40 roster leaders, 2.5 pages. */
const PAGE = 40;

class RecordingMessenger implements ReminderMessenger {
  readonly sent: Array<{ recipient: ReminderRecipient; message: ReminderMessage; chatsReadBefore: number }> = [];
  constructor(private readonly chatsRead: () => number = () => 0) {}
  async send(recipient: ReminderRecipient, message: ReminderMessage): Promise<DeliveryOutcome> {
    this.sent.push({ recipient, message, chatsReadBefore: this.chatsRead() });
    await new Promise((r) => setTimeout(r, 1));
    return { status: 'sent', attempts: 1 };
  }
}

/** Dies (never answers) from the `after`-th message on, as a process that crashed mid-page. */
class CrashingMessenger extends RecordingMessenger {
  constructor(private readonly after: number) {
    super();
  }
  override async send(recipient: ReminderRecipient, message: ReminderMessage): Promise<DeliveryOutcome> {
    if (this.sent.length >= this.after) {
      // Teams got it (in doubt: it counts as delivered), then the process died.
      this.sent.push({ recipient, message, chatsReadBefore: 0 });
      return new Promise<DeliveryOutcome>(() => undefined);
    }
    return super.send(recipient, message);
  }
}

async function setUp() {
  const store = new CountingStore(new SqliteDocumentStore(':memory:'));
  await store.init();
  const leaders = await seedProgramme(store, LEADERS, 'http://127.0.0.1:9/');
  const config = parseConfig({ ...reminderEnv(), LOG_LEVEL: 'silent' });
  store.reset();
  return { store, leaders, config };
}

const logger = pino({ level: 'silent' });
const nudgedIds = (m: RecordingMessenger) => m.sent.filter((s) => s.message.content.kind === 'nudge').map((s) => s.recipient.aadObjectId);
const due = (leaders: SeededLeader[]) => leaders.filter(isLaggardReachableNow).map((l) => l.user.aadObjectId.toLowerCase());

describe('the reminder job in pages', () => {
  it('sends each laggard one nudge over 2.5 pages, then the digests once', async () => {
    const { store, leaders, config } = await setUp();
    const messenger = new RecordingMessenger();
    const job = new ReminderJob({ store, config, logger, messenger, clock: () => MONDAY, instanceId: 'paged', pageSize: PAGE });
    const report = await job.run();

    const nudged = nudgedIds(messenger);
    expect(new Set(nudged).size).toBe(nudged.length);
    expect([...nudged].sort()).toEqual(due(leaders).sort());
    expect(report.evaluations).toHaveLength(LEADERS);
    const digests = messenger.sent.filter((s) => s.message.content.kind !== 'nudge').map((s) => s.message.key);
    expect(digests.sort()).toEqual(report.messages.filter((m) => m.kind !== 'nudge' && m.readiness.state === 'now').map((m) => m.key).sort());
    expect(digests.length).toBeGreaterThan(0);
  });

  it('reads each leader’s chat with their page: the first nudge goes out before most chats are read', async () => {
    const { store, config } = await setUp();
    // A query over the personal chats counts as reading them all.
    const chatsRead = () => (store.counts.byContainer.conversations?.reads ?? 0) + 1000 * (store.counts.byContainer.conversations?.queries ?? 0);
    const messenger = new RecordingMessenger(chatsRead);
    const job = new ReminderJob({ store, config, logger, messenger, clock: () => MONDAY, instanceId: 'paged', pageSize: 20 });
    await job.run();
    // The page being sent and the one read ahead (a third may be on its way); not the 5 pages.
    expect(messenger.sent[0]!.chatsReadBefore).toBeLessThanOrEqual(3 * 20);
    expect(store.counts.byContainer.conversations?.reads ?? 0).toBeGreaterThanOrEqual(80);
  });

  it('is finished by the next run after a crash mid-page, without a second message to anyone', async () => {
    const { store, leaders } = await setUp();
    // Two messages in flight at a time, so the crash leaves most of the run unsent.
    const config = parseConfig({ ...reminderEnv(), LOG_LEVEL: 'silent', SEND_RATE_PER_SECOND: '1', SEND_CONCURRENCY: '1' });
    const crashing = new CrashingMessenger(PAGE / 2 + 3);
    const first = new ReminderJob({ store, config, logger, messenger: crashing, clock: () => MONDAY, instanceId: 'dies', pageSize: PAGE });
    void first.run();
    await new Promise((r) => setTimeout(r, 300));
    expect(nudgedIds(crashing).length).toBeLessThan(due(leaders).length);

    // Restarted after the dead run's lease ran out: its in-doubt claims are not sent again.
    const later = new Date(MONDAY.getTime() + config.reminders.leaseMs + 60_000);
    const resumed = new RecordingMessenger();
    const second = new ReminderJob({ store, config, logger, messenger: resumed, clock: () => later, instanceId: 'restarted', pageSize: PAGE });
    const report = await second.run();
    expect(report.skipped).toBeUndefined();

    const all = [...nudgedIds(crashing), ...nudgedIds(resumed)];
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(due(leaders).sort());
    expect(nudgedIds(resumed).length).toBeGreaterThan(0);
  });
});
