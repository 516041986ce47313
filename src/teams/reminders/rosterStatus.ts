// `roster` (admins only, by the route table): how many leaders the reminders expect, reach and have heard from.
import type { TurnContext } from 'botbuilder';
import { workingWeekKey } from '../../domain/calendar/workingTime';
import { aadIdOf } from '../../domain/roster/roster';
import { hasAnyInitiative } from '../../domain/reminders/rules';
import { t } from '../../i18n';
import { loadFacts, StoredIdeaSource } from '../../storage/queries/reminderFacts';
import { cardAttachment, expandCard } from '../cards/template';
import { rosterStatusData, type RosterStatus } from '../proactive/reminderCards';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';

type Deps = Pick<TeamsDeps, 'store' | 'outbox' | 'config' | 'now'>;

/** The counts on the roster status card. */
export async function rosterStatus(deps: Deps): Promise<RosterStatus> {
  const now = deps.now();
  const facts = await loadFacts(deps.store, new StoredIdeaSource(deps.store));
  const week = await deps.outbox.byPeriod(workingWeekKey(now, deps.config.reminders.policy));
  const refused = facts.leaders.filter((l) => l.aadObjectId && facts.conversationsByAad.get(l.aadObjectId)?.unreachableAt);
  return {
    expected: facts.leaders.length,
    reachable: facts.leaders.filter((l) => l.reachable).length,
    registered: facts.leaders.filter(hasAnyInitiative).length,
    unmatched: facts.roster.filter((r) => !aadIdOf(r)).length,
    refused: refused.map((l) => ({ name: l.name, unit: l.unit })),
    sentThisWeek: week.filter((r) => r.kind === 'nudge' && r.status === 'sent').length,
    failedThisWeek: week.filter((r) => r.status === 'failed' || r.status === 'unreachable').length,
  };
}

export async function sendRosterStatus(context: TurnContext, deps: Deps): Promise<void> {
  // Admins only: the route's rule, checked by the dispatcher.
  const { locale } = turnInfo(context);
  const status = await rosterStatus(deps);
  if (status.expected === 0) {
    await context.sendActivity(t(locale, 'roster.empty'));
    return;
  }
  await context.sendActivity({ attachments: [cardAttachment(expandCard('rosterStatus', locale, rosterStatusData(locale, status)))] });
}
