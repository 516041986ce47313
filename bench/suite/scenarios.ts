// The turn scenarios: each prepares itself on a server once (seeding, warm-up) and then gives
// the load generator one step per request. The echo bot gets requests of the same shape.
import { performance } from 'node:perf_hooks';
import type { LoopbackConnector } from '../support/loopbackConnector';
import type { PostResult } from '../support/load';
import {
  actionsIn,
  benchUser,
  cardsIn,
  CHANNEL,
  channelExecute,
  channelMention,
  composeInvoke,
  firstContactUser,
  personalConversationId,
  personalSubmit,
  personalText,
  type BenchUser,
} from '../support/activities';
import type { ChildHandle } from '../support/child';

export type Post = (activity: unknown) => Promise<PostResult>;
/** One request of the scenario on one worker; the latency of a timed request, or undefined. */
export type Step = (worker: number, post: Post) => Promise<number | undefined>;

export interface Target {
  kind: 'echo' | 'bot';
  baseUrl: string;
  child: ChildHandle;
  /** Sends one activity outside the load (set-up). */
  post: Post;
}

export interface Scenario {
  name: string;
  /** Once per server: seeding and warm-up. Returns false when the bot cannot do this yet (n/a). */
  prepare(target: Target, connector: LoopbackConnector): Promise<boolean>;
  step(target: Target, connector: LoopbackConnector): Step;
  /** After the load: checks the outcome (e.g. the support count is exact); a one-line verdict. */
  verify?(target: Target, connector: LoopbackConnector): Promise<string>;
}

const time = async (fn: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

const MAX_CONNECTIONS = 50;
const known = (w: number) => benchUser('known', w);

const plainKnown: Scenario = {
  name: 'hjelp (known user)',
  async prepare(target, connector) {
    // Two turns each, so the bot has their conversation, state and profile.
    for (let round = 0; round < 2; round++) {
      await Promise.all(Array.from({ length: MAX_CONNECTIONS }, (_, w) => target.post(personalText(connector.url, known(w), 'hjelp'))));
    }
    return true;
  },
  step: (_target, connector) => (w, post) => time(() => post(personalText(connector.url, known(w), 'hjelp'))),
};

const plainFirstContact: Scenario = {
  name: 'hjelp (first contact)',
  prepare: async () => true,
  step: (_target, connector) => (_w, post) => time(() => post(personalText(connector.url, firstContactUser(), 'hjelp'))),
};

// The whole proposal form's inputs: each step takes the fields it has.
const PROPOSAL_INPUTS = {
  title: 'Matoppskrifter på kjøleskapet',
  problem: 'Maten blir kastet fordi ingen vet hva som kan lages.',
  goal: 'Halvere matsvinnet innen sommeren.',
  beneficiaries: 'users,employees',
  innovationTypes: 'process',
  employeeInvolvement: 'proposed,workgroup',
  employeesInvolved: '6',
  benefit1Type: 'avoided_cost',
  benefit1Description: 'Mindre mat kastet',
  phase: 'anchor',
  startDate: '2026-12-01',
  plannedInUseDate: '2027-06-01',
};
const leader = (w: number) => benchUser('leader', w);
const formNext = (card: any) => actionsIn(card).find((a) => a.data?.verb === 'form' && a.data?.nav === 'next');

const proposalStep: Scenario = {
  name: 'proposal step submit',
  async prepare(target) {
    if (target.kind === 'bot') {
      const users = Array.from({ length: MAX_CONNECTIONS }, (_, w) => ({ ...leader(w), role: 'leader', unit: `Enhet ${w}` }));
      await target.child.ask('seedProfiles', users);
    }
    return true;
  },
  step(target, connector) {
    if (target.kind === 'echo') return (w, post) => time(() => post(personalSubmit(connector.url, leader(w), { verb: 'form', nav: 'next', step: 'what', token: 't', ...PROPOSAL_INPUTS })));
    // Each worker walks its leader through the form: «nytt tiltak» (untimed), then «Neste» on
    // every step (timed); at the summary it cancels and starts over (both untimed).
    const next = new Map<number, any>();
    return async (w, post) => {
      const user = leader(w);
      const conversation = personalConversationId(user);
      const action = next.get(w);
      if (!action) {
        // At the summary the form is half-filled: «nytt tiltak» would ask before discarding it.
        if (next.has(w)) await post(personalText(connector.url, user, 'avbryt'));
        await post(personalText(connector.url, user, 'nytt tiltak'));
        next.set(w, formNext(cardsIn(connector.lastByConversation.get(conversation)).pop()));
        return undefined;
      }
      const ms = await time(() => post(personalSubmit(connector.url, user, { ...PROPOSAL_INPUTS, ...action.data })));
      next.set(w, formNext(cardsIn(connector.lastByConversation.get(conversation)).pop()));
      return ms;
    };
  },
};

const LEADER = benchUser('idealeder', 1);
/**
 * Roster rows the bot server is started with. Who leads a unit comes from the roster (read as a
 * snapshot kept for 30 s, so rows seeded later would not count at once): without its row the
 * idea leader's «koble kanal» is refused (the idea card is then followed by the «link this team»
 * prompt), and a proposal leader's «nytt tiltak» too.
 */
export const ROSTER_LEADERS = [
  { user: { aadObjectId: LEADER.aadObjectId, name: LEADER.name }, unit: 'Bekkestua bo- og servicesenter' },
  // The proposal scenario's leaders: «nytt tiltak» is for leaders on the roster.
  ...Array.from({ length: MAX_CONNECTIONS }, (_, w) => ({ user: { aadObjectId: leader(w).aadObjectId, name: leader(w).name }, unit: `Enhet ${w}` })),
];
const EMPLOYEE = benchUser('ansatt', 1);
const supporter = (n: number) => benchUser('supporter', n);
const SUPPORTERS = 50;

function supportScenario(): Scenario {
  const ideaIds = new Map<string, string>();
  /** Per server: which supporters support the idea now, as the presses left it. */
  const states = new Map<string, Map<number, boolean>>();
  /** Per server: supporters whose last press failed (its effect unknown). */
  const failed = new Map<string, Set<number>>();
  return {
    name: '«Støtt» invoke (50 users, one idea)',
    async prepare(target, connector) {
      if (target.kind === 'echo') return true;
      await target.child.ask('seedProfiles', [
        { ...LEADER, role: 'leader', unit: 'Bekkestua bo- og servicesenter' },
        { ...EMPLOYEE, role: 'employee', unit: 'Bekkestua bo- og servicesenter' },
      ]);
      await target.post(channelMention(connector.url, LEADER, 'koble kanal'));
      const fetched = await target.post(composeInvoke(connector.url, EMPLOYEE, 'composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' }));
      const submit = actionsIn(JSON.parse(fetched.body).task.value.card.content).find((a) => a.type === 'Action.Submit');
      const inputs = { title: 'Femti støtter', need: 'Vi kaster for mye mat', proposal: 'Heng opp oppskrifter', beneficiaries: 'users', benefitTypes: 'quality', seenElsewhere: '' };
      await target.post(composeInvoke(connector.url, EMPLOYEE, 'composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data: { ...submit.data, ...inputs } }));
      const card = cardsIn(connector.lastByConversation.get(CHANNEL)).find((c) => c.refresh?.action?.verb === 'ideaRefresh');
      if (!card) throw new Error('the idea card was not posted');
      ideaIds.set(target.baseUrl, card.refresh.action.data.ideaId);
      return true;
    },
    step(target, connector) {
      const ideaId = ideaIds.get(target.baseUrl) ?? 'echo';
      const supporting = new Map<number, boolean>();
      const uncertain = new Set<number>();
      states.set(target.baseUrl, supporting);
      failed.set(target.baseUrl, uncertain);
      const turn = new Map<number, number>();
      return (w, post) => {
        // Worker w presses for supporters w, w+c, w+2c… in turn; each press toggles.
        const k = turn.get(w) ?? 0;
        turn.set(w, k + 1);
        const n = (w + k * MAX_CONNECTIONS) % SUPPORTERS;
        const support = !(supporting.get(n) ?? false);
        supporting.set(n, support);
        return time(async () => {
          const res = await post(channelExecute(connector.url, supporter(n), 'ideaSupport', { ideaId, support }));
          // A failed press may or may not have been stored: settled after the load (below).
          if (res.status === 200) uncertain.delete(n);
          else uncertain.add(n);
        });
      };
    },
    async verify(target, connector) {
      const supporting = states.get(target.baseUrl) ?? new Map<number, boolean>();
      // Presses that failed under load are repeated one by one (setting support is idempotent),
      // so the count can be checked exactly; presses that answered 200 are never repeated.
      const retried = [...(failed.get(target.baseUrl) ?? [])];
      for (const n of retried) await target.post(channelExecute(connector.url, supporter(n), 'ideaSupport', { ideaId: ideaIds.get(target.baseUrl), support: supporting.get(n) ?? false }));
      const expected = [...supporting.values()].filter(Boolean).length;
      const res = await target.post(channelExecute(connector.url, LEADER, 'ideaRefresh', { ideaId: ideaIds.get(target.baseUrl) }));
      const shown = /Støtter: (\d+)/.exec(res.body)?.[1];
      const note = retried.length ? `; ${retried.length} failed presses repeated once before the check` : '';
      return Number(shown) === expected ? `support count exact (${expected})${note}` : `support count WRONG: card shows ${shown}, expected ${expected}${note}`;
    },
  };
}

const OVERVIEW_LEADER: BenchUser = { id: '29:programleder-0', aadObjectId: '10000000-0000-0000-0000-000000000000', name: 'Leder 0' };

/** Text of a reply, to compare the answer to «oversikt» with the answer to an unknown command. */
const replyShape = (activity: any) => JSON.stringify({ text: activity?.text ?? '', cards: cardsIn(activity).map((c) => JSON.stringify(c).replace(/"[0-9a-f-]{36}"/g, '')) });

const overview: Scenario = {
  name: 'oversikt (seeded programme)',
  async prepare(target, connector) {
    if (target.kind === 'echo') return true;
    await target.child.ask('seedOverview');
    const conversation = personalConversationId(OVERVIEW_LEADER);
    await target.post(personalText(connector.url, OVERVIEW_LEADER, 'hjelp'));
    await target.post(personalText(connector.url, OVERVIEW_LEADER, 'xyzzy ukjent'));
    const unknown = replyShape(connector.lastByConversation.get(conversation));
    await target.post(personalText(connector.url, OVERVIEW_LEADER, 'oversikt'));
    const reply = connector.lastByConversation.get(conversation);
    // Available once «oversikt» answers with a card of its own (not the unknown-command answer).
    return cardsIn(reply).length > 0 && replyShape(reply) !== unknown;
  },
  step: (_target, connector) => (_w, post) => time(() => post(personalText(connector.url, OVERVIEW_LEADER, 'oversikt'))),
};

export function allScenarios(): Scenario[] {
  return [plainKnown, plainFirstContact, proposalStep, supportScenario(), overview];
}
