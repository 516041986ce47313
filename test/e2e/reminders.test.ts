// Issue 5 end to end, over HTTP with the loopback connector: 2,000 roster leaders in mixed
// states, exactly-once nudges across reruns, crashes and two instances, Teams throttling and
// blocked bots, the nudge buttons, snooze and leave, the dry run and the admins' roster status.
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';
import { ConversationRepository } from '../../src/storage/repositories/conversationRepository';
import { OutboxRepository } from '../../src/storage/repositories/outboxRepository';
import { RosterRepository } from '../../src/storage/repositories/rosterRepository';
import { LeaseRepository } from '../../src/storage/repositories/leaseRepository';
import { formatDryRun } from '../../src/scheduler/dryRunReport';
import { REMINDER_LEASE } from '../../src/scheduler/reminderJob';
import type { DocumentStore } from '../../src/storage/documentStore';
import { DateTime } from 'luxon';
import { DEFAULT_WORKING_TIME_POLICY, isWorkingDay } from '../../src/domain/calendar/workingTime';
import { personalMessage, testUser } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { actionsIn, cardsIn, formAction } from '../support/cards';
import { ChatSession, lastCard } from '../support/leaderSession';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { ADMIN, HEADS, isLaggardReachableNow, makeJob, MONDAY, reminderEnv, seedProgramme, type SeededLeader } from '../scheduler/fixtures';

afterAll(() => stopSharedCosmosServer());

/** Proactive messages per conversation id (connector calls for new activities). */
function sendsByConversation(connector: Connector): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of connector.calls) if (c.method === 'POST' && c.conversationId && c.path.includes('/activities')) counts.set(c.conversationId, (counts.get(c.conversationId) ?? 0) + 1);
  return counts;
}

function expectEachLaggardOnce(connector: Connector, leaders: SeededLeader[]): void {
  const counts = sendsByConversation(connector);
  const expected = leaders.filter(isLaggardReachableNow);
  for (const l of leaders) expect([l.n, l.state, counts.get(l.conversationId) ?? 0]).toEqual([l.n, l.state, isLaggardReachableNow(l) ? 1 : 0]);
  // Plus one digest to the sector head with escalated leaders and one to the programme owner.
  expect(counts.get(`a:personal-${HEADS[1]!.aadObjectId}`)).toBe(1);
  expect(counts.get(`a:personal-${HEADS[0]!.aadObjectId}`)).toBeUndefined();
  expect(counts.get(`a:personal-${ADMIN.aadObjectId}`)).toBe(1);
  expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(expected.length + 2);
}

async function setup(kind: (typeof STORE_KINDS)[number], count: number) {
  const connector = await startConnector();
  const store = await freshStore(kind);
  const bot = await startBot({ store, env: reminderEnv() });
  const leaders = await seedProgramme(store, count, connector.url);
  return { connector, store, bot, leaders };
}

describe.each(STORE_KINDS)('reminders over HTTP (%s store)', (kind) => {
  const COUNT = kind === 'embedded' ? 2000 : 300;
  let connector: Connector;
  let store: DocumentStore;
  let bot: BotUnderTest;
  let leaders: SeededLeader[];

  beforeAll(async () => {
    ({ connector, store, bot, leaders } = await setup(kind, COUNT));
  }, 120_000);
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('sends nothing outside the send window (Monday 15:30) or on a red day', async () => {
    for (const at of ['2026-11-30T15:30:00+01:00', '2026-12-25T10:00:00+01:00', '2026-11-30T07:00:00+01:00']) {
      const { job } = makeJob(store, bot.config, { clock: () => new Date(at) });
      const report = await job.run();
      expect([...report.results.values()].filter((r) => r === 'sent')).toEqual([]);
    }
    expect(connector.calls).toEqual([]);
  });

  it('dry run: says who, why and when, and sends nothing', async () => {
    const { job } = makeJob(store, bot.config);
    const report = await job.run({ dryRun: true });
    const text = formatDryRun(report, 'nb', 'Europe/Oslo');
    expect(text).toContain('Tørrkjøring mandag 30. november 2026 09:30 (uke 2026-W49)');
    expect(text).toContain('Programperiode: Innovasjonsprogrammet 2026/2027 (registreringsfrist 13.11.2026).');
    expect(text).toContain('Leder 0 <leder0@kommune.no>: får påminnelse nå. Hvorfor: har ikke registrert tiltak (fristen 13.11.2026 er passert)');
    expect(text).toContain('Leder 1 <leder1@kommune.no>: ingenting mangler.');
    expect(text).toContain('Leder 2 <leder2@kommune.no>: får påminnelse nå. Hvorfor: statusrapport for «Matsvinn på kjøkkenet» forfalt 12.11.2026');
    expect(text).toContain('Leder 5 <leder5@kommune.no>: henger etter, men kan ikke nås i Teams');
    expect(text).toContain('Leder 6 <leder6@kommune.no>: får påminnelse torsdag 3. desember 2026 09:00 (utsatt av lederen)');
    expect(text).toContain('Leder 7 <leder7@kommune.no>: får påminnelse fredag 11. desember 2026 09:00 (permisjon)');
    expect(text).toContain('Ukesoppsummering (kommunalsjef) til Kommunalsjef 1: sendes nå.');
    expect(text).toContain('Ukesoppsummering (programeier) til');
    expect(text.split('\n').filter((l) => l.startsWith('Leder '))).toHaveLength(COUNT);
    expect(connector.calls).toEqual([]);
  });

  it('two job instances on one store at once: every laggard nudged exactly once; a rerun sends nothing', async () => {
    const a = makeJob(store, bot.config, { instanceId: 'instance-a' });
    const b = makeJob(store, bot.config, { instanceId: 'instance-b' });
    // B ignores the lease, so the outbox alone must keep it to one send per message.
    const [ra, rb] = await Promise.all([a.job.run(), b.job.run({ ignoreLease: true })]);
    expect(ra.skipped).toBeUndefined();
    expectEachLaggardOnce(connector, leaders);
    const sent = [...ra.results.values(), ...rb.results.values()].filter((r) => r === 'sent').length;
    expect(sent).toBe(leaders.filter(isLaggardReachableNow).length + 2);

    // And with the lease, the second instance does not even start while the first runs.
    const lease = new LeaseRepository(store);
    expect(await lease.acquire(REMINDER_LEASE, 'instance-c', 60_000, MONDAY)).toBe(true);
    expect((await a.job.run()).skipped).toBe('lease_held');
    await lease.release(REMINDER_LEASE, 'instance-c');

    const rerun = await makeJob(store, bot.config, { clock: () => new Date('2026-12-02T13:00:00+01:00') }).job.run();
    expect([...rerun.results.values()].filter((r) => r === 'sent')).toEqual([]);
    expectEachLaggardOnce(connector, leaders);
    const outbox = await new OutboxRepository(store).byPeriod('2026-W49');
    expect(outbox.every((r) => r.status === 'sent')).toBe(true);
    expect(outbox).toHaveLength(leaders.filter(isLaggardReachableNow).length + 2);
  }, 120_000);

  it('snooze and leave from the nudge are honoured in the next week\'s run; the buttons open the right dialogs', async () => {
    const late = leaders.find((l) => l.state === 'report_late')!;
    const noInitiative = leaders.find((l) => l.state === 'no_initiative')!;
    const stalled = leaders.find((l) => l.state === 'stalled')!;
    const nudgeOf = (l: SeededLeader) => cardsIn(connector.sentTo(l.conversationId)[0])[0];

    // Rapporter nå: straight into the report form for that initiative.
    const lateChat = new ChatSession(bot, connector, late.user);
    const report = actionsIn(nudgeOf(late)).find((a) => a.data?.verb === 'report');
    expect(report.data.initiativeId).toBe(late.initiativeId);
    const form = await lateChat.press(report);
    expect(formAction(lastCard(form), 'submit')?.data.form ?? formAction(lastCard(form), 'next')?.data.form).toBe('report');

    // Registrer tiltak: the proposal starts (with the profile first for a new user).
    const registerChat = new ChatSession(bot, connector, noInitiative.user);
    const register = actionsIn(nudgeOf(noInitiative)).find((a) => a.data?.verb === 'newInitiative');
    const started = await registerChat.press(register);
    expect(['propose', 'profile']).toContain(formAction(lastCard(started), 'next')?.data.form ?? formAction(lastCard(started), 'submit')?.data.form);

    // Snooze and leave.
    const snoozed = await registerChat.press(actionsIn(nudgeOf(noInitiative)).find((a) => a.data?.verb === 'snooze'));
    expect(snoozed[0].text).toMatch(/minner deg på det igjen tidligst \d\d\.\d\d\.\d{4}/);
    const stalledChat = new ChatSession(bot, connector, stalled.user);
    const leaveAction = actionsIn(nudgeOf(stalled)).find((a) => a.data?.verb === 'leave');
    expect(await stalledChat.press(leaveAction, { leaveUntil: '2026-01-01' })).toEqual([expect.objectContaining({ text: expect.stringMatching(/dato fram i tid/) })]);
    const saved = await stalledChat.press(leaveAction, { leaveUntil: '2099-12-31' });
    expect(saved[0].text).toContain('31.12.2099');

    // Next Monday: the snoozed and on-leave leaders are skipped, the others nudged again.
    const nextWeek = () => new Date('2026-12-07T09:30:00+01:00');
    const { job } = makeJob(store, bot.config, { clock: nextWeek });
    const before = connector.calls.length;
    const r = await job.run();
    expect(r.period).toBe('2026-W50');
    const result = (l: SeededLeader) => r.results.get(`nudge:${l.email}:2026-W50`);
    expect(result(stalled)).toBe('deferred');
    expect(result(late)).toBe('sent');
    expect(connector.calls.slice(before).some((c) => c.conversationId === stalled.conversationId)).toBe(false);
    const reasonOf = (report: typeof r, l: SeededLeader) => report.messages.find((m) => m.kind === 'nudge' && m.recipient.key === l.email)?.readiness;
    expect(reasonOf(r, stalled)).toMatchObject({ state: 'later', reason: 'leave' });

    // The bot stamped the snooze with its own (real) clock: a run in working hours on the last
    // working day before it ends skips the leader because of it.
    const until = new Date((await new RosterRepository(store).get(noInitiative.email))!.snoozedUntil!);
    expect(until.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    let day = DateTime.fromJSDate(until, { zone: 'Europe/Oslo' }).minus({ days: 1 }).set({ hour: 10, minute: 0 });
    while (!isWorkingDay(day.toISODate()!, DEFAULT_WORKING_TIME_POLICY)) day = day.minus({ days: 1 });
    const duringSnooze = await makeJob(store, bot.config, { clock: () => day.toJSDate() }).job.run();
    expect(reasonOf(duringSnooze, noInitiative)).toMatchObject({ state: 'later', reason: 'snoozed' });
    expect(duringSnooze.results.get(`nudge:${noInitiative.email}:${duringSnooze.period}`)).toBe('deferred');
  }, 60_000);

  it('the roster command shows admins the status, and no one else', async () => {
    const admin = new ChatSession(bot, connector, ADMIN);
    const card = lastCard(await admin.say('roster'));
    const facts = card.body.find((b: any) => b.type === 'FactSet').facts;
    expect(facts[0]).toEqual({ title: 'Ledere på listen', value: String(COUNT) });
    expect(Number(facts[1].value)).toBe(leaders.filter((l) => !l.state.startsWith('no_chat')).length);
    const other = new ChatSession(bot, connector, leaders[1]!.user);
    expect((await other.say('roster'))[0].text).toBe('Dette er bare for programadministratorene.');
  });
});

describe('reminders when things go wrong (embedded store)', () => {
  it('a run killed halfway, then restarted, sends each remaining message exactly once', async () => {
    const { connector, store, bot, leaders } = await setup('embedded', 500);
    try {
      const abort = new AbortController();
      let n = 0;
      connector.delay = async (call) => {
        if (call.method === 'POST' && ++n === 60) abort.abort();
      };
      const first = await makeJob(store, bot.config).job.run({ signal: abort.signal });
      const firstSent = [...first.results.values()].filter((r) => r === 'sent').length;
      expect(firstSent).toBeGreaterThanOrEqual(60);
      expect(firstSent).toBeLessThan(leaders.filter(isLaggardReachableNow).length);
      expect([...first.results.values()]).toContain('aborted');
      connector.delay = undefined;
      const second = await makeJob(store, bot.config, { instanceId: 'instance-b', clock: () => new Date('2026-11-30T10:30:00+01:00') }).job.run();
      expect([...second.results.values()].filter((r) => r === 'sent').length).toBe(leaders.filter(isLaggardReachableNow).length + 2 - firstSent);
      expectEachLaggardOnce(connector, leaders);
    } finally {
      await bot.stop();
      await connector.stop();
    }
  }, 60_000);

  it('a message left in flight by a crashed instance is marked failed (never resent) once its lease expired', async () => {
    const { connector, store, bot } = await setup('embedded', 10);
    try {
      const outbox = new OutboxRepository(store, () => MONDAY);
      await outbox.claim({ key: 'nudge:leder0@kommune.no:2026-W49', kind: 'nudge', period: '2026-W49', recipientKey: 'leder0@kommune.no', recipientName: 'Leder 0', runId: 'dead@x' });
      const later = new Date(MONDAY.getTime() + bot.config.reminders.leaseMs + 60_000);
      const report = await makeJob(store, bot.config, { clock: () => later }).job.run();
      expect(report.abandonedMarkedFailed).toBe(1);
      expect(report.results.get('nudge:leder0@kommune.no:2026-W49')).toBe('already_claimed');
      expect(await outbox.get('nudge:leder0@kommune.no:2026-W49')).toMatchObject({ status: 'failed', error: expect.stringMatching(/interrupted/) });
      expect(connector.sentTo('a:personal-' + testUser(1).aadObjectId)).toEqual([]);
    } finally {
      await bot.stop();
      await connector.stop();
    }
  });

  it('connector 429 with Retry-After for a while: delays, loses nothing, sends nothing twice', async () => {
    const { connector, store, bot, leaders } = await setup('embedded', 200);
    try {
      let throttled = 0;
      const until = Date.now() + 1500;
      connector.fault = (call) => (call.method === 'POST' && Date.now() < until ? (throttled++, { status: 429, headers: { 'Retry-After': '1' } }) : undefined);
      const started = Date.now();
      const report = await makeJob(store, bot.config, { sender: { maxAttempts: 8 } }).job.run();
      expect(throttled).toBeGreaterThan(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      expect([...report.results.values()].filter((r) => r !== 'sent' && r !== 'deferred' && r !== 'no_chat')).toEqual([]);
      expectEachLaggardOnce(connector, leaders);
    } finally {
      await bot.stop();
      await connector.stop();
    }
  }, 60_000);

  it('every 429 reaches the sender (the SDK does not retry on its own), so the whole sender slows down', async () => {
    const { connector, store, bot, leaders } = await setup('embedded', 20);
    try {
      let throttled = 0;
      // Every third message is refused once: Retry-After 0, so only who retries matters.
      const refused = new Set<string>();
      let posts = 0;
      connector.fault = (call) => {
        if (call.method !== 'POST' || !call.conversationId || refused.has(call.conversationId) || ++posts % 3 !== 0) return undefined;
        refused.add(call.conversationId);
        throttled++;
        return { status: 429, headers: { 'Retry-After': '0' } };
      };
      const { job, sender } = makeJob(store, bot.config);
      await job.run();
      expect(throttled).toBeGreaterThan(0);
      expect(sender.throttled).toBe(throttled);
      expectEachLaggardOnce(connector, leaders);
    } finally {
      await bot.stop();
      await connector.stop();
    }
  });

  it('403 (app removed / bot blocked) marks the recipient unreachable, is not retried, and admins see it', async () => {
    const { connector, store, bot, leaders } = await setup('embedded', 40);
    try {
      const blocked = leaders.filter(isLaggardReachableNow).slice(0, 3);
      const blockedIds = new Set(blocked.map((l) => l.conversationId));
      const attempts = new Map<string, number>();
      connector.fault = (call) => {
        if (!call.conversationId || !blockedIds.has(call.conversationId)) return undefined;
        attempts.set(call.conversationId, (attempts.get(call.conversationId) ?? 0) + 1);
        return { status: 403, body: { error: { code: 'BotDisabledByAdmin', message: 'blocked' } } };
      };
      const report = await makeJob(store, bot.config).job.run();
      const conversations = new ConversationRepository(store);
      for (const l of blocked) {
        expect(report.results.get(`nudge:${l.email}:2026-W49`)).toBe('unreachable');
        expect(attempts.get(l.conversationId)).toBe(1);
        expect((await conversations.findByUser(l.user.aadObjectId))?.value.unreachableAt).toBeDefined();
        expect(await new OutboxRepository(store).get(`nudge:${l.email}:2026-W49`)).toMatchObject({ status: 'unreachable', attempts: 1 });
      }
      connector.fault = undefined;
      const status = lastCard(await new ChatSession(bot, connector, ADMIN).say('roster'));
      expect(JSON.stringify(status)).toContain(`Leder ${blocked[0]!.n} (Enhet ${blocked[0]!.n % 40})`);
    } finally {
      await bot.stop();
      await connector.stop();
    }
  });

  it('links a roster leader without an Entra id by UPN the first time they write to the bot', async () => {
    const connector = await startConnector();
    const store = await freshStore('embedded');
    const bot = await startBot({ store, env: reminderEnv() });
    try {
      const roster = new RosterRepository(store);
      await roster.import([{ line: 2, row: { name: 'Kari', email: 'Kari@Kommune.no', unit: 'Enhet', sector: 'Helse og sosial' } }]);
      const kari = testUser('kari');
      connector.members.set(kari.id, { id: kari.id, name: 'Kari', aadObjectId: kari.aadObjectId, userPrincipalName: 'kari@kommune.no', email: 'kari@kommune.no' });
      const res = await bot.post(personalMessage({ serviceUrl: connector.url, user: kari, text: 'hjelp' }));
      expect(res.status).toBe(200);
      expect(await roster.get('kari@kommune.no')).toMatchObject({ matchedAadObjectId: kari.aadObjectId });
      expect((await roster.findByAadObjectId(kari.aadObjectId))?.id).toBe('kari@kommune.no');

      // A sector head who is not on the roster is remembered by e-mail, so digests can reach them.
      const head = testUser('head');
      connector.members.set(head.id, { id: head.id, name: 'Siri', aadObjectId: head.aadObjectId, userPrincipalName: 'Siri.Sjef@kommune.no' });
      await bot.post(personalMessage({ serviceUrl: connector.url, user: head, text: 'hjelp' }));
      expect((await new ProfileRepository(store).get(head.aadObjectId))?.value.email).toBe('siri.sjef@kommune.no');
    } finally {
      await bot.stop();
      await connector.stop();
    }
  });
});
