// The Teams activity handler: works out who and which language (reading the profile once),
// remembers where to reach the user, and hands each activity to its route (routes.ts).
// Business rules live in src/domain.
//
// Invoke names: `adaptiveCard/action` (Action.Execute) goes to the execute routes;
// `composeExtension/fetchTask` and `composeExtension/submitAction` to the message extension routes;
// other invokes with a route of kind 'invoke' (fileConsent/invoke) to that route.
import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationState,
  type InvokeResponse,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type UserState,
} from 'botbuilder';
import { resolveLocale, t, type Locale } from '../i18n';
import { conversationRecordId, type ConversationRepository } from '../storage/repositories/conversationRepository';
import { sendChannelWelcome } from './help/channelWelcome';
import { sendWelcome } from './help/welcome';
import { invokeRoute, messageExtensionRoute } from './routes';
import { authorize } from './turn/access';
import type { TeamsDeps } from './turn/deps';
import { dispatchExecute, dispatchMessage } from './turn/dispatch';
import { handedProfile } from './turn/profileRead';
import { conversationScope, setTurnInfo, turnInfo, type TurnInfo } from './turn/turnInfo';

export interface BotDeps {
  conversations: ConversationRepository;
  conversationState: ConversationState;
  userState: UserState;
  /** What the route handlers use. */
  teams: TeamsDeps;
}

export class InnovasjonsBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.greetOnce(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.forget(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botAdded) await this.greetOnce(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botRemoved = (context.activity.membersRemoved ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botRemoved) await this.forget(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const a = context.activity;
    const scope = conversationScope(context);
    const aadObjectId = a.from?.aadObjectId;
    const uninstalling = a.type === 'installationUpdate' && /^remove/.test(a.action ?? '');
    // The profile and the conversation record are independent point reads: read them together
    // (the profile only when the roster middleware has not read it this turn already).
    const handed = handedProfile(context);
    const [profileDoc] = await Promise.all([
      handed ? handed.doc : aadObjectId ? this.deps.teams.profiles.get(aadObjectId) : undefined,
      // Someone the roster middleware found no profile of is most likely new here too.
      !uninstalling && a.type !== 'messageReaction' ? this.remember(context, scope, aadObjectId, handed?.hadNoProfile === true) : undefined,
    ]);
    const profile = profileDoc?.value;
    const locale: Locale = resolveLocale(profile?.language, a.locale, this.deps.teams.config.defaultLocale);
    // Roles from the roster and the admin list only; the e-mail is the one Teams gave the roster
    // middleware (remembered on the profile), never one the user typed.
    const roles = await this.deps.teams.directory.rolesFor({ aadObjectId, email: profile?.email });
    setTurnInfo(context, { locale, aadObjectId, scope, profile, roles });
    // Messages, most turns, go straight to their route; the ActivityHandler's chain of events (a
    // dozen async steps per turn, for handlers a message does not have) serves the other types.
    if (a.type === 'message') await dispatchMessage(context, this.deps.teams);
    else await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    return dispatchExecute(context, value.action?.verb, (value.action?.data ?? {}) as Record<string, unknown>, this.deps.teams);
  }

  /** Invokes with a route of their own (fileConsent/invoke); the rest as TeamsActivityHandler does. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const route = invokeRoute(context.activity.name);
    if (!route) return super.onInvokeActivity(context);
    const decision = await authorize(context, route.access, (context.activity.value ?? {}) as Record<string, unknown>, this.deps.teams);
    if (!decision.ok) return { status: 403 };
    return { status: (await route.handler(context, this.deps.teams)).status };
  }

  protected override async handleTeamsMessagingExtensionFetchTask(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const route = messageExtensionRoute(action.commandId);
    if (!route) return { task: { type: 'message', value: t(turnInfo(context).locale, 'ideas.unknownAction') } };
    const decision = await authorize(context, route.access, {}, this.deps.teams);
    if (!decision.ok) return { task: { type: 'message', value: decision.message } };
    return route.fetchTask(context, action, this.deps.teams);
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const route = messageExtensionRoute(action.commandId);
    if (!route) return { task: { type: 'message', value: t(turnInfo(context).locale, 'ideas.invalidForm') } };
    const decision = await authorize(context, route.access, {}, this.deps.teams);
    if (!decision.ok) return { task: { type: 'message', value: decision.message } };
    return route.submitAction(context, action, this.deps.teams);
  }

  /** Saves the conversation reference, so reminders and notifications can reach this chat later. */
  private async remember(context: TurnContext, scope: TurnInfo['scope'], aadObjectId: string | undefined, likelyNew: boolean): Promise<void> {
    const a = context.activity;
    if (scope === 'personal' && !aadObjectId) return;
    const reference = TurnContext.getConversationReference(a) as unknown as Record<string, unknown>;
    // Personal references are re-targeted to the user: the incoming activity id is not needed.
    delete reference.activityId;
    // Channel and group chat references need no user (and must not keep an anonymous idea submitter's name).
    if (scope !== 'personal') delete reference.user;
    const channelData = (a.channelData ?? {}) as { tenant?: { id?: string }; team?: { id?: string } };
    await this.deps.conversations.remember({
      scope,
      conversationId: a.conversation.id,
      aadObjectId: scope === 'personal' ? aadObjectId : undefined,
      tenantId: channelData.tenant?.id ?? a.conversation.tenantId,
      teamId: channelData.team?.id,
      reference,
    }, { likelyNew: likelyNew && scope === 'personal' });
  }

  private recordId(context: TurnContext): string {
    const { scope, aadObjectId } = turnInfo(context);
    return conversationRecordId({ scope, conversationId: context.activity.conversation.id, aadObjectId });
  }

  private async greetOnce(context: TurnContext): Promise<void> {
    const { locale, scope } = turnInfo(context);
    if (!(await this.deps.conversations.claimWelcome(this.recordId(context)))) return;
    if (scope === 'personal') await sendWelcome(context, locale);
    else await sendChannelWelcome(context, locale);
  }

  private async forget(context: TurnContext): Promise<void> {
    await this.deps.conversations.markUninstalled(this.recordId(context));
  }
}
