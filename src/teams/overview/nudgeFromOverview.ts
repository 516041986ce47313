// «Send påminnelse» on the overview: a kommunalsjef (or an admin) nudges one lagging leader now.
// Who may be nudged comes from the presser's own scoped view (nudgeableLeader), the message is
// claimed in the exactly-once ledger under a per-leader-per-day key before it is sent, and it
// goes through the one throttled sender: pressed twice, retried, or pressed by two people, the
// leader gets one nudge that day.
import type { ConversationReference, TurnContext } from 'botbuilder';
import { evaluateLeader } from '../../domain/reminders/rules';
import { manualNudgeKey, MANUAL_NUDGE_KIND, nudgeableLeader } from '../../domain/overview/manualNudge';
import { t, type Locale } from '../../i18n';
import { loadFacts, StoredIdeaSource } from '../../storage/queries/reminderFacts';
import { conversationRecordId } from '../../storage/repositories/conversationRepository';
import { messageCard, messageSummary } from '../proactive/reminderCards';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { overviewForTurn } from './overviewView';

type Deps = Pick<TeamsDeps, 'store' | 'config' | 'now' | 'outbox' | 'sender'>;

// The leader's name comes from the roster: every answer that names them is plain text, never markdown.
export async function nudgeFromOverview(context: TurnContext, deps: Deps): Promise<void> {
  const { locale } = turnInfo(context);
  const { view, clock } = await overviewForTurn(context, deps);
  const leader = nudgeableLeader(view, (context.activity.value as { leaderId?: unknown } | undefined)?.leaderId);
  if (!leader) {
    await context.sendActivity(t(locale, 'overview.notAllowed'));
    return;
  }
  // The nudge says what is missing, by the reminder rules themselves.
  const facts = await loadFacts(deps.store, new StoredIdeaSource(deps.store));
  const leaderFacts = facts.leaders.find((l) => l.id === leader.id);
  const conversation = leaderFacts?.aadObjectId ? facts.conversationsByAad.get(leaderFacts.aadObjectId) : undefined;
  if (!leaderFacts?.aadObjectId || !leaderFacts.reachable || !conversation) {
    await context.sendActivity({ text: t(locale, 'overview.nudgeUnreachable', { name: leader.name }), textFormat: 'plain' });
    return;
  }
  const evaluation = evaluateLeader(leaderFacts, clock);
  if (evaluation.findings.length === 0) {
    await context.sendActivity({ text: t(locale, 'overview.nudgeNothing', { name: leader.name }), textFormat: 'plain' });
    return;
  }
  const { key, period } = manualNudgeKey(leader.id, clock.now, clock.policy.timeZone);
  const claimed = await deps.outbox.claim({ key, kind: MANUAL_NUDGE_KIND, period, recipientKey: leader.id, recipientName: leader.name, runId: `overview@${turnInfo(context).aadObjectId ?? ''}`, rules: evaluation.findings.map((f) => f.rule) });
  if (!claimed) {
    await context.sendActivity({ text: t(locale, 'overview.nudgeAlready', { name: leader.name }), textFormat: 'plain' });
    return;
  }
  const aad = leaderFacts.aadObjectId;
  const recipientLocale: Locale = facts.profilesById.get(aad)?.language ?? deps.config.defaultLocale;
  const content = { kind: 'nudge' as const, findings: evaluation.findings, missedDeadlines: evaluation.missedDeadlines };
  const outcome = await deps.sender.send(
    { reference: conversation.reference as Partial<ConversationReference>, conversationRecordId: conversation.id ?? conversationRecordId({ scope: 'personal', conversationId: conversation.conversationId, aadObjectId: aad }) },
    { type: 'message', summary: messageSummary(recipientLocale, content), attachments: [messageCard(recipientLocale, content, key, clock.now)] },
  );
  await deps.outbox.finish(key, { status: outcome.status, attempts: outcome.attempts, error: outcome.status === 'sent' ? undefined : outcome.error });
  await context.sendActivity({ text: t(locale, outcome.status === 'sent' ? 'overview.nudgeSent' : 'overview.nudgeUnreachable', { name: leader.name }), textFormat: 'plain' });
}
