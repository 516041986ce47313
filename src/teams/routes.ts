// Every way into the bot, each with exactly one handler: typed commands (bokmål and English),
// card submit verbs (Action.Submit), Action.Execute verbs and message extension commands.
// All dispatching goes through this table (turn/dispatch.ts, bot.ts), the Teams manifest's
// command list is generated from it, and a test checks that every button on every card has a
// route and every route is reachable. To find the handler of a verb, grep the verb here.
//
// Built on first use, so that handler modules may import the command list (the help card)
// without an import cycle at load time.
import type { AdaptiveCardInvokeResponse, MessagingExtensionAction, MessagingExtensionActionResponse, TurnContext } from 'botbuilder';
import { cancelDialog } from './forms/cancelDialog';
import { formSubmit } from './forms/formSubmit';
import { startDialog } from './forms/startDialog';
import { discardFormAndStart, resumeForm } from './forms/discardGuard';
import { showOpenForm } from './forms/showOpenForm';
import { DIALOG } from './forms/dialogIds';
import { sendHelp } from './help/welcome';
import { changeIdeaStatus } from './ideas/changeIdeaStatus';
import { openIdeaTask, submitIdeaTask } from './ideas/ideaTask';
import { leaderIdeaListCard, sendLeaderIdeaList } from './ideas/leaderIdeaList';
import { linkChannel, linkChannelFromCard } from './ideas/linkChannel';
import { linkIdeaToInitiative } from './ideas/linkIdeaToInitiative';
import { openIdea } from './ideas/openIdea';
import { refreshIdea } from './ideas/refreshIdea';
import { registerIdeaForm } from './ideas/registerIdeaForm';
import { showIdeaForm } from './ideas/showIdeaForm';
import { startInitiativeFromIdea } from './ideas/startInitiativeFromIdea';
import { submitIdea } from './ideas/submitIdea';
import { supportIdea } from './ideas/supportIdea';
import { sendInitiativeDetails } from './initiatives/initiativeDetails';
import { sendMyInitiatives } from './initiatives/myInitiatives';
import { startProposal } from './initiatives/startProposal';
import { reopenClosedInitiative } from './initiatives/reopenInitiative';
import { registerLeave } from './reminders/registerLeave';
import { sendRosterStatus } from './reminders/rosterStatus';
import { snooze } from './reminders/snooze';
import { answerFileConsent } from './files/answerFileConsent';
import { nudgeFromOverview } from './overview/nudgeFromOverview';
import { sendExport } from './overview/sendExport';
import { sendOverview, sendOverviewUnits } from './overview/sendOverview';
import { sendDrilldown } from './overview/sendDrilldown';
import type { TeamsDeps } from './turn/deps';
import { exploreSearch, sendExplore } from './explore/explore';
import { openInitiative } from './explore/openInitiative';
import { startReuse } from './explore/startReuse';
import { sendSharePick, shareInitiative } from './explore/shareInitiative';
import { supportInitiative } from './explore/supportInitiative';

// Who may use a route: a rule of the written permission table (domain/access/permissions.ts),
// enforced in one place by the dispatcher before the handler runs.
export type { AccessRule } from '../domain/access/permissions';
import type { AccessRule } from '../domain/access/permissions';
import { applyToCohort } from './programme/applyToCohort';
import { approveApplication, declineApplication } from './programme/decideApplication';
import { refreshApplication } from './programme/refreshApplication';
import { sendParticipants } from './programme/participants';
import { sendSignUp } from './programme/signUp';
import { withdrawApplication } from './programme/withdrawApplication';
import { sendMyData } from './privacy/myData';
import { editAnnouncement } from './announcements/editAnnouncement';
import { previewAnnouncement } from './announcements/previewAnnouncement';
import { sendAnnouncement } from './announcements/sendAnnouncement';
import { startAnnouncement } from './announcements/startAnnouncement';
import { askPersonRemoval } from './privacy/askPersonRemoval';
import { confirmPersonRemoval } from './privacy/confirmPersonRemoval';
import { startPersonRemoval } from './privacy/startPersonRemoval';


export type Scope = 'personal' | 'team' | 'groupChat';
export type MessageHandler = (context: TurnContext, deps: TeamsDeps) => Promise<void>;
export type ExecuteHandler = (context: TurnContext, data: Record<string, unknown>, deps: TeamsDeps) => Promise<AdaptiveCardInvokeResponse>;
export type InvokeHandler = (context: TurnContext, deps: TeamsDeps) => Promise<{ status: number }>;
export type TaskHandler = (context: TurnContext, action: MessagingExtensionAction, deps: TeamsDeps) => Promise<MessagingExtensionActionResponse>;

const ALL: readonly Scope[] = ['personal', 'team', 'groupChat'];
const PERSONAL: readonly Scope[] = ['personal'];

function buildRoutes() {
  return [
    // Typed commands (and buttons whose verb is the command's id). Order = order in the help card.
    { kind: 'command', id: 'help', nb: 'hjelp', en: 'help', scopes: ALL, handler: sendHelp, access: 'anyone' },
    { kind: 'command', id: 'newInitiative', nb: 'nytt tiltak', en: 'new initiative', scopes: PERSONAL, handler: startProposal, access: 'leader' },
    { kind: 'command', id: 'myInitiatives', nb: 'mine tiltak', en: 'my initiatives', scopes: PERSONAL, handler: sendMyInitiatives, access: 'anyone' },
    { kind: 'command', id: 'report', nb: 'rapporter', en: 'report', scopes: PERSONAL, handler: startDialog(DIALOG.report), access: 'initiativeOwner' },
    { kind: 'command', id: 'edit', nb: 'rediger', en: 'edit', scopes: PERSONAL, handler: startDialog(DIALOG.edit), access: 'initiativeOwner' },
    { kind: 'command', id: 'profile', nb: 'profil', en: 'profile', scopes: PERSONAL, handler: startDialog(DIALOG.profile), access: 'anyone', inMenu: false },
    { kind: 'command', id: 'roster', nb: 'lederliste', en: 'roster', scopes: PERSONAL, handler: sendRosterStatus, access: 'admin', inMenu: false },
    { kind: 'command', id: 'cancel', nb: 'avbryt', en: 'cancel', scopes: ALL, handler: cancelDialog, access: 'anyone' },
    { kind: 'command', id: 'ideas', nb: 'ideer', en: 'ideas', scopes: PERSONAL, handler: sendLeaderIdeaList, access: 'leaderOrAdmin' },
    { kind: 'command', id: 'idea', nb: 'idé', en: 'idea', scopes: ['team', 'groupChat'], handler: showIdeaForm, access: 'anyone' },
    { kind: 'command', id: 'linkChannel', nb: 'koble kanal', en: 'link channel', scopes: ['team'], handler: linkChannel, access: 'leader' },
    { kind: 'command', id: 'explore', nb: 'utforsk', en: 'explore', scopes: PERSONAL, handler: sendExplore, access: 'anyone', takesText: true },
    // Anyone may share what they own (a leader who left the roster too); the help lists it for leaders.
    { kind: 'command', id: 'share', nb: 'del', en: 'share', scopes: PERSONAL, handler: sendSharePick, access: 'anyone', inMenu: false, offeredTo: 'leader' },
    { kind: 'command', id: 'overview', nb: 'oversikt', en: 'overview', scopes: PERSONAL, handler: sendOverview, access: 'overviewViewer' },
    { kind: 'command', id: 'export', nb: 'eksport', en: 'export', scopes: PERSONAL, handler: sendExport, access: 'sectorHeadOrAdmin', inMenu: false },
    { kind: 'command', id: 'signUp', nb: 'påmelding', en: 'sign up', scopes: PERSONAL, handler: sendSignUp, access: 'leader' },
    { kind: 'command', id: 'participants', nb: 'deltakere', en: 'participants', scopes: PERSONAL, handler: sendParticipants, access: 'admin', inMenu: false },
    { kind: 'command', id: 'myData', nb: 'mine data', en: 'my data', scopes: PERSONAL, handler: sendMyData, access: 'anyone', inMenu: false },
    { kind: 'command', id: 'removePerson', nb: 'fjern person', en: 'remove person', scopes: PERSONAL, handler: startPersonRemoval, access: 'admin', inMenu: false },
    { kind: 'command', id: 'announce', nb: 'kunngjøring', en: 'announce', scopes: PERSONAL, handler: startAnnouncement, access: 'admin', inMenu: false },

    // Action.Submit verbs on personal-chat cards.
    { kind: 'submit', verb: 'form', handler: formSubmit, access: 'anyone' },
    { kind: 'submit', verb: 'formDiscard', handler: discardFormAndStart, access: 'anyone' },
    { kind: 'submit', verb: 'formResume', handler: resumeForm, access: 'anyone' },
    { kind: 'submit', verb: 'formShow', handler: showOpenForm, access: 'anyone' },
    { kind: 'submit', verb: 'details', handler: sendInitiativeDetails, access: 'initiativeOwner' },
    { kind: 'submit', verb: 'snooze', handler: snooze, access: 'leader' },
    { kind: 'submit', verb: 'leave', handler: registerLeave, access: 'leader' },
    { kind: 'submit', verb: 'exploreSearch', handler: exploreSearch, access: 'anyone' },
    { kind: 'submit', verb: 'exploreOpen', handler: openInitiative, access: 'anyone' },
    { kind: 'submit', verb: 'reuse', handler: startReuse, access: 'leader' },
    { kind: 'submit', verb: 'shareInitiative', handler: shareInitiative, access: 'initiativeOwner' },
    { kind: 'submit', verb: 'overviewOpen', handler: sendOverview, access: 'overviewViewer' },
    { kind: 'submit', verb: 'overviewUnits', handler: sendOverviewUnits, access: 'sectorHeadOrAdmin' },
    { kind: 'submit', verb: 'overviewDrilldown', handler: sendDrilldown, access: 'sectorHeadOrAdmin' },
    { kind: 'submit', verb: 'overviewNudge', handler: nudgeFromOverview, access: 'sectorHeadOrAdmin' },
    { kind: 'submit', verb: 'overviewExport', handler: sendExport, access: 'sectorHeadOrAdmin' },
    { kind: 'submit', verb: 'reopen', handler: reopenClosedInitiative, access: 'initiativeOwner' },
    { kind: 'submit', verb: 'programmeApply', handler: applyToCohort, access: 'leader' },
    { kind: 'submit', verb: 'programmeWithdraw', handler: withdrawApplication, access: 'leaderOrAdmin' },
    { kind: 'submit', verb: 'personRemoveAsk', handler: askPersonRemoval, access: 'admin' },
    { kind: 'submit', verb: 'personRemove', handler: confirmPersonRemoval, access: 'admin' },
    { kind: 'submit', verb: 'announcementPreview', handler: previewAnnouncement, access: 'admin' },
    { kind: 'submit', verb: 'announcementEdit', handler: editAnnouncement, access: 'admin' },
    { kind: 'submit', verb: 'announcementSend', handler: sendAnnouncement, access: 'admin' },

    // Action.Execute verbs (the idea cards); a client without Universal Actions sends them as submits.
    { kind: 'execute', verb: 'ideaSubmit', handler: submitIdea, access: 'anyone' },
    { kind: 'execute', verb: 'ideaRefresh', handler: refreshIdea, access: 'anyone' },
    { kind: 'execute', verb: 'ideaSupport', handler: supportIdea, access: 'anyone' },
    { kind: 'execute', verb: 'ideaStatus', handler: changeIdeaStatus, access: 'ideaFollower' },
    { kind: 'execute', verb: 'ideaLinkInitiative', handler: linkIdeaToInitiative, access: 'ideaFollower' },
    { kind: 'execute', verb: 'ideaNewInitiative', handler: startInitiativeFromIdea, access: 'ideaFollower' },
    { kind: 'execute', verb: 'ideaList', handler: leaderIdeaListCard, access: 'leaderOrAdmin' },
    { kind: 'execute', verb: 'ideaOpen', handler: openIdea, access: 'ideaFollower' },
    { kind: 'execute', verb: 'ideaRegisterForm', handler: registerIdeaForm, access: 'leader' },
    { kind: 'execute', verb: 'ideaLinkTeam', handler: linkChannelFromCard, access: 'leader' },
    { kind: 'execute', verb: 'initiativeSupport', handler: supportInitiative, access: 'anyone' },
    { kind: 'execute', verb: 'programmeApprove', handler: approveApplication, access: 'sectorHead' },
    { kind: 'execute', verb: 'programmeDecline', handler: declineApplication, access: 'sectorHead' },
    { kind: 'execute', verb: 'programmeRefresh', handler: refreshApplication, access: 'anyone' },

    // Message extension action commands (composeExtension/fetchTask opens, submitAction sends).
    { kind: 'messageExtension', id: 'newIdea', context: ['compose', 'commandBox'], fetchTask: openIdeaTask, submitAction: submitIdeaTask, access: 'anyone' },
    { kind: 'messageExtension', id: 'ideaFromMessage', context: ['message'], fetchTask: openIdeaTask, submitAction: submitIdeaTask, access: 'anyone' },

    // Other invokes, by activity name.
    // Only the user the file was offered to may answer: the flow checks the offer's owner (files/fileConsent.ts).
    { kind: 'invoke', name: 'fileConsent/invoke', handler: answerFileConsent, access: 'anyone' },
  ] as const satisfies readonly RouteShape[];
}

type RouteShape =
  | {
      kind: 'command';
      id: string;
      nb: string;
      en: string;
      scopes: readonly Scope[];
      handler: MessageHandler;
      access: AccessRule;
      takesText?: boolean;
      inMenu?: boolean;
      /** Whom help and «Mente du …?» offer it to, when narrower than `access` (help/offeredTo.ts). */
      offeredTo?: AccessRule;
    }
  | { kind: 'submit'; verb: string; handler: MessageHandler; access: AccessRule }
  | { kind: 'execute'; verb: string; handler: ExecuteHandler; access: AccessRule }
  | { kind: 'messageExtension'; id: string; context: readonly ('compose' | 'commandBox' | 'message')[]; fetchTask: TaskHandler; submitAction: TaskHandler; access: AccessRule }
  | { kind: 'invoke'; name: string; handler: InvokeHandler; access: AccessRule };

export type Route = ReturnType<typeof buildRoutes>[number];
export type CommandRoute = Extract<Route, { kind: 'command' }>;
export type SubmitRoute = Extract<Route, { kind: 'submit' }>;
export type ExecuteRoute = Extract<Route, { kind: 'execute' }>;
export type MessageExtensionRoute = Extract<Route, { kind: 'messageExtension' }>;
export type InvokeRoute = Extract<Route, { kind: 'invoke' }>;
export type CommandId = CommandRoute['id'];

let built: readonly Route[] | undefined;

export function routes(): readonly Route[] {
  return (built ??= buildRoutes());
}

export function commandRoutes(): readonly CommandRoute[] {
  return routes().filter((r): r is CommandRoute => r.kind === 'command');
}

/** The commands the Teams manifest lists (Teams shows at most 10 per scope); the rest are typed or in the help card. */
export function menuCommandRoutes(): readonly CommandRoute[] {
  return commandRoutes().filter((c) => !('inMenu' in c && c.inMenu === false));
}

export function messageExtensionRoutes(): readonly MessageExtensionRoute[] {
  return routes().filter((r): r is MessageExtensionRoute => r.kind === 'messageExtension');
}

/** The route of an invoke activity other than Action.Execute and the message extension's. */
export function invokeRoute(name: unknown): InvokeRoute | undefined {
  return routes().find((r): r is InvokeRoute => r.kind === 'invoke' && r.name === name);
}

/** The route a button's verb names: a command id, a submit verb or an Action.Execute verb. */
export function routeForVerb(verb: unknown): CommandRoute | SubmitRoute | ExecuteRoute | undefined {
  if (typeof verb !== 'string') return undefined;
  for (const r of routes()) {
    if (r.kind === 'command' && r.id === verb) return r;
    if ((r.kind === 'submit' || r.kind === 'execute') && r.verb === verb) return r;
  }
  return undefined;
}

export function executeRoute(verb: unknown): ExecuteRoute | undefined {
  const route = routeForVerb(verb);
  return route?.kind === 'execute' ? route : undefined;
}

export function messageExtensionRoute(commandId: unknown): MessageExtensionRoute | undefined {
  return messageExtensionRoutes().find((r) => r.id === commandId);
}
