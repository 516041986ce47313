// Two instances, one store: two bot processes on one Cosmos emulator database, as when App
// Service runs two. «Støtt» presses alternate between them (50 colleagues at once, then 25 of
// them withdraw): the stored count must be exact and the channel card must end at it, though
// each process coalesces and batches only its own work and card updates overtake each other at
// the connector. Then both processes' reminder jobs start at the same moment: each leader gets
// one message.
import { performance } from 'node:perf_hooks';
import { actionsIn, benchUser, cardsIn, CHANNEL, channelExecute, channelMention, composeInvoke } from '../support/activities';
import { startChild, type ChildHandle } from '../support/child';
import { percentile, poster } from '../support/load';
import { startLoopbackConnector } from '../support/loopbackConnector';
import { CYCLE } from '../servers/seedLaggards';

export interface TwoInstancesResult {
  supporters: number;
  bursts: Array<{ action: 'support' | 'withdraw'; presses: number; ok: number; p50: number; p99: number; expected: number; stored: number; cardShows: number | undefined }>;
  /** Write attempts on the idea per press, and conflicts among them (both processes together). */
  ideaWritesPerPress: number;
  ideaConflicts: number;
  cardPuts: number;
  reminders: { leaders: number; byInstance: Array<{ skipped?: string; results: Record<string, number> }>; messages: number; duplicates: number; lost: number };
  seconds: number;
}

const LEADER = benchUser('idealeder', 2);
const EMPLOYEE = benchUser('ansatt', 2);
const supporter = (n: number) => benchUser('tostotte', n);
const INPUTS = { title: 'To instanser', need: 'Vi kaster for mye mat', proposal: 'Heng opp oppskrifter', beneficiaries: 'users', benefitTypes: 'quality', seenElsewhere: '' };

export async function runTwoInstances(options: { supporters?: number; leaders?: number } = {}): Promise<TwoInstancesResult> {
  const started = performance.now();
  const supporters = options.supporters ?? 50;
  const leaders = options.leaders ?? 300;
  // Card updates take 20-100 ms, so the two processes' updates overlap and can land out of order.
  const connector = await startLoopbackConnector({ latencyMs: 20, jitterMs: 80, keepLast: () => true });
  const cosmos = await startChild('servers/cosmosEmulator.ts', {});
  const env = { PROGRAMME_CYCLES: JSON.stringify([CYCLE]) };
  const options_ = { store: 'cosmos', cosmosEndpoint: cosmos.ready.endpoint, database: 'two-instances', env, clock: true };
  const children: ChildHandle[] = [];
  try {
    // The first creates the database and containers; the second starts on them.
    children.push(await startChild('servers/botServer.ts', options_));
    children.push(await startChild('servers/botServer.ts', options_));
    const [a, b] = children as [ChildHandle, ChildHandle];
    const posts = children.map((c) => poster(`http://127.0.0.1:${c.ready.port}`, supporters));
    const via = (i: number) => posts[i % 2]!.post;

    await a.ask('seedProfiles', [
      { ...LEADER, role: 'leader', unit: 'Bekkestua bo- og servicesenter' },
      { ...EMPLOYEE, role: 'employee', unit: 'Bekkestua bo- og servicesenter' },
    ]);
    await a.ask('seedRosterLeader', { user: LEADER, unit: 'Bekkestua bo- og servicesenter' });
    await via(0)(channelMention(connector.url, LEADER, 'koble kanal'));
    const fetched = await via(1)(composeInvoke(connector.url, EMPLOYEE, 'composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' }));
    const submit = actionsIn(JSON.parse(fetched.body).task.value.card.content).find((x) => x.type === 'Action.Submit');
    await via(1)(composeInvoke(connector.url, EMPLOYEE, 'composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data: { ...submit.data, ...INPUTS } }));
    await Promise.all(children.map((c) => c.ask('idle')));
    const card = cardsIn(connector.lastByConversation.get(CHANNEL)).find((c) => c.refresh?.action?.verb === 'ideaRefresh');
    if (!card) throw new Error('the idea card was not posted');
    const ideaId: string = card.refresh.action.data.ideaId;
    const shownOnCard = (): number | undefined => {
      for (const put of connector.lastPutByActivity.values()) {
        const c = cardsIn(put).find((x) => x.refresh?.action?.data?.ideaId === ideaId);
        const shown = c && /Støtter: (\d+)/.exec(JSON.stringify(c))?.[1];
        if (shown) return Number(shown);
      }
      return undefined;
    };

    // Warm-up (untimed): ten others support and withdraw, through both processes.
    for (const support of [true, false]) {
      await Promise.all(Array.from({ length: 10 }, (_, i) => via(i)(channelExecute(connector.url, supporter(1000 + i), 'ideaSupport', { ideaId, support }))));
    }
    await Promise.all(children.map((c) => c.ask('idle')));
    await Promise.all(children.map((c) => c.ask('resetCounts')));
    connector.reset();
    const bursts: TwoInstancesResult['bursts'] = [];
    let pressCount = 0;
    // All support, then every other one withdraws: presses alternate between the processes.
    for (const [support, who] of [
      [true, Array.from({ length: supporters }, (_, n) => n)],
      [false, Array.from({ length: Math.floor(supporters / 2) }, (_, k) => 2 * k)],
    ] as const) {
      const latencies: number[] = [];
      const statuses = await Promise.all(
        who.map(async (n, i) => {
          const t = performance.now();
          const res = await via(i)(channelExecute(connector.url, supporter(n), 'ideaSupport', { ideaId, support }));
          latencies.push(performance.now() - t);
          return res.status;
        }),
      );
      pressCount += who.length;
      await Promise.all(children.map((c) => c.ask('idle')));
      latencies.sort((x, y) => x - y);
      const expected = support ? supporters : supporters - who.length;
      bursts.push({ action: support ? 'support' : 'withdraw', presses: who.length, ok: statuses.filter((s) => s === 200).length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), expected, stored: await a.ask('supporters', ideaId), cardShows: shownOnCard() });
    }
    const counts = await Promise.all(children.map((c) => c.ask('stats')));
    const ideaWrites = counts.reduce((s, c) => s + (c.counts.byContainer.ideas?.writes ?? 0), 0);
    const ideaConflicts = counts.reduce((s, c) => s + c.counts.conflicts, 0);
    const cardPuts = connector.stats().puts;

    // Reminders: both jobs started at the same moment.
    const recipients: string[] = await b.ask('seedLaggards', { count: leaders, connectorUrl: connector.url });
    connector.reset();
    const byInstance = await Promise.all(children.map((c) => c.ask('runReminders')));
    let duplicates = 0;
    let lost = 0;
    for (const id of recipients) {
      const n = connector.postsByConversation.get(id) ?? 0;
      if (n === 0) lost++;
      if (n > 1) duplicates += n - 1;
    }
    for (const p of posts) p.close();
    return {
      supporters,
      bursts,
      ideaWritesPerPress: ideaWrites / pressCount,
      ideaConflicts,
      cardPuts,
      reminders: { leaders, byInstance, messages: connector.stats().posts, duplicates, lost },
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    for (const c of children) await c.stop();
    await cosmos.stop();
    await connector.stop();
  }
}
