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
import { registerLeave } from './reminders/registerLeave';
import { sendRosterStatus } from './reminders/rosterStatus';
import { snooze } from './reminders/snooze';
import type { TeamsDeps } from './turn/deps';
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

/**
 * Who may use a route. Today each handler checks its rule itself (on the server); the slot is
 * here so that the written permission table can be enforced in one place, per route.
 * - anyone: every user of the app
 * - leader: someone whose profile says leader of a unit
 * - initiativeOwner: owner or co-owner of the initiative on the card (or an admin)
 * - ideaFollower: the leader of the idea's unit (or an admin)
 * - admin: a programme admin (ADMIN_AAD_OBJECT_IDS)
 * - rosterLeader: a leader on the reminder roster
 * - sectorHead: the kommunalsjef the roster names for the sector in question
 */
export type AccessRule = 'anyone' | 'leader' | 'initiativeOwner' | 'ideaFollower' | 'admin' | 'rosterLeader' | 'sectorHead';

export type Scope = 'personal' | 'team' | 'groupChat';
export type MessageHandler = (context: TurnContext, deps: TeamsDeps) => Promise<void>;
export type ExecuteHandler = (context: TurnContext, data: Record<string, unknown>, deps: TeamsDeps) => Promise<AdaptiveCardInvokeResponse>;
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
    { kind: 'command', id: 'profile', nb: 'profil', en: 'profile', scopes: PERSONAL, handler: startDialog(DIALOG.profile), access: 'anyone' },
    { kind: 'command', id: 'roster', nb: 'roster', en: 'roster', scopes: PERSONAL, handler: sendRosterStatus, access: 'admin' },
    { kind: 'command', id: 'cancel', nb: 'avbryt', en: 'cancel', scopes: ALL, handler: cancelDialog, access: 'anyone' },
    { kind: 'command', id: 'ideas', nb: 'idéer', en: 'ideas', scopes: PERSONAL, handler: sendLeaderIdeaList, access: 'ideaFollower' },
    { kind: 'command', id: 'idea', nb: 'idé', en: 'idea', scopes: ['team', 'groupChat'], handler: showIdeaForm, access: 'anyone' },
    { kind: 'command', id: 'linkChannel', nb: 'koble kanal', en: 'link channel', scopes: ['team'], handler: linkChannel, access: 'leader' },
    { kind: 'command', id: 'signUp', nb: 'påmelding', en: 'sign up', scopes: PERSONAL, handler: sendSignUp, access: 'rosterLeader' },
    { kind: 'command', id: 'participants', nb: 'deltakere', en: 'participants', scopes: PERSONAL, handler: sendParticipants, access: 'admin', menu: false },
    { kind: 'command', id: 'myData', nb: 'mine data', en: 'my data', scopes: PERSONAL, handler: sendMyData, access: 'anyone', menu: false },
    { kind: 'command', id: 'removePerson', nb: 'fjern person', en: 'remove person', scopes: PERSONAL, handler: startPersonRemoval, access: 'admin', menu: false },
    { kind: 'command', id: 'announce', nb: 'kunngjøring', en: 'announce', scopes: PERSONAL, handler: startAnnouncement, access: 'admin', menu: false },

    // Action.Submit verbs on personal-chat cards.
    { kind: 'submit', verb: 'form', handler: formSubmit, access: 'anyone' },
    { kind: 'submit', verb: 'details', handler: sendInitiativeDetails, access: 'initiativeOwner' },
    { kind: 'submit', verb: 'snooze', handler: snooze, access: 'rosterLeader' },
    { kind: 'submit', verb: 'leave', handler: registerLeave, access: 'rosterLeader' },
    { kind: 'submit', verb: 'programmeApply', handler: applyToCohort, access: 'rosterLeader' },
    { kind: 'submit', verb: 'programmeWithdraw', handler: withdrawApplication, access: 'rosterLeader' },
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
    { kind: 'execute', verb: 'ideaList', handler: leaderIdeaListCard, access: 'ideaFollower' },
    { kind: 'execute', verb: 'ideaOpen', handler: openIdea, access: 'ideaFollower' },
    { kind: 'execute', verb: 'ideaRegisterForm', handler: registerIdeaForm, access: 'leader' },
    { kind: 'execute', verb: 'ideaLinkTeam', handler: linkChannelFromCard, access: 'leader' },
    { kind: 'execute', verb: 'programmeApprove', handler: approveApplication, access: 'sectorHead' },
    { kind: 'execute', verb: 'programmeDecline', handler: declineApplication, access: 'sectorHead' },
    { kind: 'execute', verb: 'programmeRefresh', handler: refreshApplication, access: 'anyone' },

    // Message extension action commands (composeExtension/fetchTask opens, submitAction sends).
    { kind: 'messageExtension', id: 'newIdea', context: ['compose', 'commandBox'], fetchTask: openIdeaTask, submitAction: submitIdeaTask, access: 'anyone' },
    { kind: 'messageExtension', id: 'ideaFromMessage', context: ['message'], fetchTask: openIdeaTask, submitAction: submitIdeaTask, access: 'anyone' },
  ] as const satisfies readonly RouteShape[];
}

type RouteShape =
  // menu: false = typed only (listed in the help card, not in Teams' command menu, which holds 10).
  | { kind: 'command'; id: string; nb: string; en: string; scopes: readonly Scope[]; handler: MessageHandler; access: AccessRule; menu?: false }
  | { kind: 'submit'; verb: string; handler: MessageHandler; access: AccessRule }
  | { kind: 'execute'; verb: string; handler: ExecuteHandler; access: AccessRule }
  | { kind: 'messageExtension'; id: string; context: readonly ('compose' | 'commandBox' | 'message')[]; fetchTask: TaskHandler; submitAction: TaskHandler; access: AccessRule };

export type Route = ReturnType<typeof buildRoutes>[number];
export type CommandRoute = Extract<Route, { kind: 'command' }>;
export type SubmitRoute = Extract<Route, { kind: 'submit' }>;
export type ExecuteRoute = Extract<Route, { kind: 'execute' }>;
export type MessageExtensionRoute = Extract<Route, { kind: 'messageExtension' }>;
export type CommandId = CommandRoute['id'];

let built: readonly Route[] | undefined;

export function routes(): readonly Route[] {
  return (built ??= buildRoutes());
}

export function commandRoutes(): readonly CommandRoute[] {
  return routes().filter((r): r is CommandRoute => r.kind === 'command');
}

/** Commands Teams shows in its command menu (the manifest); the others are typed. */
export function menuCommandRoutes(): readonly CommandRoute[] {
  return commandRoutes().filter((r) => !('menu' in r && r.menu === false));
}

export function messageExtensionRoutes(): readonly MessageExtensionRoute[] {
  return routes().filter((r): r is MessageExtensionRoute => r.kind === 'messageExtension');
}

/** Lower-case, without the bot mention, surrounding spaces or trailing punctuation. */
export function normalizeText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '')
    .toLowerCase();
}

/** The command typed (in either language), if the text is one. */
export function commandForText(text: string | undefined): CommandRoute | undefined {
  if (!text) return undefined;
  const typed = normalizeText(text);
  return commandRoutes().find((c) => c.nb === typed || c.en === typed);
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

/** Team and group chat commands are matched in both kinds of channel conversation. */
export function inScope(route: CommandRoute, scope: 'personal' | 'channel' | 'groupChat'): boolean {
  const scopes = route.scopes as readonly Scope[];
  return scope === 'personal' ? scopes.includes('personal') : scopes.includes('team') || scopes.includes('groupChat');
}
