// The in-process schedule and the reminder settings.
import pino from 'pino';
import { ConfigError, parseConfig } from '../../src/config';
import { assertCron, startReminderScheduler } from '../../src/scheduler/scheduler';

describe('reminder schedule', () => {
  it('runs the job on the cron pattern and stops cleanly', async () => {
    let runs = 0;
    const schedule = startReminderScheduler({ run: async () => void runs++ } as never, '* * * * * *', pino({ level: 'silent' }));
    expect(schedule.nextRun()).toBeInstanceOf(Date);
    await new Promise((r) => setTimeout(r, 2100));
    await schedule.stop();
    const after = runs;
    expect(after).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1100));
    expect(runs).toBe(after);
  });

  it('rejects an invalid cron pattern', () => {
    expect(() => assertCron('not a cron')).toThrow();
    expect(() => assertCron('*/15 9-14 * * 1-5')).not.toThrow();
  });
});

describe('reminder settings', () => {
  it('have working defaults: on, every 15 minutes in working hours, 30/s, 09:00-15:00, fellesferie 28-30, no cycle', () => {
    const r = parseConfig({}).reminders;
    expect(r).toMatchObject({ enabled: true, cron: '*/15 9-14 * * 1-5', cycles: [], sender: { ratePerSecond: 30, concurrency: 4, maxAttempts: 5 }, leaseMs: 600_000 });
    expect(r.policy.sendWindow).toEqual({ start: '09:00', end: '15:00' });
    expect(r.policy.fellesferieWeeks).toEqual([28, 29, 30]);
  });

  it('read cycles inline or from a file, and the window and fellesferie overrides', () => {
    const fromFile = parseConfig({ PROGRAMME_CYCLES: 'deployment/programme.example.json' }).reminders.cycles;
    expect(fromFile[0]).toMatchObject({ id: '2026-2027', registrationDeadline: '2026-10-30', reportCadence: { everyWeeks: 4 } });
    const inline = parseConfig({
      PROGRAMME_CYCLES: '{"id":"t","name":"T","start":"2027-01-04","registrationDeadline":"2027-02-26","reportCadence":{"tertial":true},"end":"2027-12-17"}',
      SEND_WINDOW: '08:00-22:00',
      FELLESFERIE_WEEKS: 'none',
      REMINDERS_ENABLED: 'false',
    }).reminders;
    expect(inline.cycles[0]).toMatchObject({ id: 't', reportCadence: { tertial: true }, rules: { stalledWorkingDays: 10 } });
    expect(inline.policy.fellesferieWeeks).toEqual([]);
    expect(inline.enabled).toBe(false);
  });

  it.each([
    [{ PROGRAMME_CYCLES: '[{"id":"x"}]' }, 'PROGRAMME_CYCLES'],
    [{ PROGRAMME_CYCLES: 'no/such/file.json' }, 'PROGRAMME_CYCLES'],
    [{ SEND_RATE_PER_SECOND: '100' }, 'SEND_RATE_PER_SECOND'],
    [{ SEND_WINDOW: '9-15' }, 'SEND_WINDOW'],
    [{ SEND_WINDOW: '09:00-25:99' }, 'SEND_WINDOW'],
    [{ FELLESFERIE_WEEKS: 'juli' }, 'FELLESFERIE_WEEKS'],
  ])('reject %j naming the setting', (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(name);
  });
});
