// The reminder job behind its port: with a recording messenger and no Teams at all, it plans,
// hands over plain content in each recipient's language, and records each outcome in the outbox.
import pino from 'pino';
import { parseConfig } from '../../src/config';
import type { DeliveryOutcome, ReminderMessage, ReminderMessenger, ReminderRecipient } from '../../src/domain/reminders/messenger';
import { ReminderJob } from '../../src/scheduler/reminderJob';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { OutboxRepository } from '../../src/storage/repositories/outboxRepository';
import { isLaggardReachableNow, MONDAY, reminderEnv, seedProgramme } from '../../fixtures/programme';

class RecordingMessenger implements ReminderMessenger {
  readonly sent: Array<{ recipient: ReminderRecipient; message: ReminderMessage }> = [];
  constructor(private readonly outcomeFor: (r: ReminderRecipient) => DeliveryOutcome) {}
  async send(recipient: ReminderRecipient, message: ReminderMessage): Promise<DeliveryOutcome> {
    this.sent.push({ recipient, message });
    return this.outcomeFor(recipient);
  }
}

describe('the reminder job behind the ReminderMessenger port', () => {
  it('sends plain content to each laggard once and records what the messenger answered', async () => {
    const store = new SqliteDocumentStore(':memory:');
    await store.init();
    const leaders = await seedProgramme(store, 30, 'http://127.0.0.1:9/');
    const config = parseConfig({ ...reminderEnv(), LOG_LEVEL: 'silent' });
    const blocked = leaders.find(isLaggardReachableNow)!;
    const messenger = new RecordingMessenger((r) =>
      r.aadObjectId === blocked.user.aadObjectId ? { status: 'unreachable', attempts: 1, error: '403: blocked' } : { status: 'sent', attempts: 1 },
    );
    const job = new ReminderJob({ store, config, logger: pino({ level: 'silent' }), messenger, clock: () => MONDAY, instanceId: 'port-test' });
    const report = await job.run();

    const nudged = messenger.sent.filter((s) => s.message.content.kind === 'nudge').map((s) => s.recipient.aadObjectId);
    expect(nudged.sort()).toEqual(leaders.filter(isLaggardReachableNow).map((l) => l.user.aadObjectId).sort());
    const first = messenger.sent[0]!;
    // Plain data: a language, the saved chat as an opaque reference, the content and the job's clock.
    expect(first.recipient.language).toBe('nb');
    expect(first.recipient.conversation.recordId).toBe(`user:${first.recipient.aadObjectId}`);
    expect(first.message.at).toEqual(MONDAY);
    expect(JSON.stringify(first.message)).not.toMatch(/attachments|AdaptiveCard/);

    const outbox = new OutboxRepository(store);
    const blockedKey = messenger.sent.find((s) => s.recipient.aadObjectId === blocked.user.aadObjectId)!.message.key;
    expect((await outbox.get(blockedKey))?.status).toBe('unreachable');
    expect(report.results.get(blockedKey)).toBe('unreachable');

    const again = await job.run();
    expect([...again.results.values()].filter((r) => r === 'sent')).toEqual([]);
    expect(messenger.sent.filter((s) => s.message.content.kind === 'nudge')).toHaveLength(nudged.length);
    await store.close();
  });
});
