// The Teams activity handler: works out who and which language, remembers where to reach the
// user, and hands each activity to the handler for it. Business rules live in src/domain.
import { TeamsActivityHandler, TurnContext, type ConversationState, type UserState } from 'botbuilder';
import type { AppConfig } from '../config';
import { resolveLocale, type Locale } from '../i18n';
import type { Logger } from '../logger';
import { conversationRecordId, type ConversationRepository } from '../storage/repositories/conversationRepository';
import type { ProfileRepository } from '../storage/repositories/profileRepository';
import { sendChannelWelcome } from './help/channelWelcome';
import { handlePersonalMessage } from './turn/personalMessage';
import { sendWelcome } from './help/welcome';
import { conversationScope, setTurnInfo, turnInfo } from './turn/turnInfo';
import type { DialogSet } from 'botbuilder-dialogs';
import type { TeamsServices } from './dialogs/services';
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, MessagingExtensionAction, MessagingExtensionActionResponse } from 'botbuilder';
import { ideaFeature } from './ideas/ideaFeature';
import { isIdeaVerb } from './ideas/ideaCards';

export interface BotDeps {
  config: AppConfig;
  logger: Logger;
  conversations: ConversationRepository;
  profiles: ProfileRepository;
  conversationState: ConversationState;
  userState: UserState;
  dialogs: DialogSet;
  services: TeamsServices;
}

export class InnovasjonsBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
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
    const profile = aadObjectId ? await this.deps.profiles.get(aadObjectId) : undefined;
    const locale: Locale = resolveLocale(profile?.value.language, a.locale, this.deps.config.defaultLocale);
    setTurnInfo(context, { locale, aadObjectId, scope });
    const uninstalling = a.type === 'installationUpdate' && /^remove/.test(a.action ?? '');
    if (!uninstalling && a.type !== 'messageReaction') await this.remember(context);
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { scope } = turnInfo(context);
    // Channels and group chats: ideas (issue 4): the idea form, `koble kanal`, help.
    if (scope !== 'personal') return ideaFeature(this.deps.services).handleChannelMessage(context);
    return handlePersonalMessage(context, this.deps.dialogs, this.deps.services);
  }

  // Ideas (issue 4): Universal Actions on the idea cards and the message extension's action commands.
  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    if (isIdeaVerb(value.action?.verb)) return ideaFeature(this.deps.services).onAdaptiveCardInvoke(context, value);
    return super.onAdaptiveCardInvoke(context, value);
  }

  protected override async handleTeamsMessagingExtensionFetchTask(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    return ideaFeature(this.deps.services).fetchTask(context, action);
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    return ideaFeature(this.deps.services).submitAction(context, action);
  }

  /** Saves the conversation reference, so reminders and notifications can reach this chat later. */
  private async remember(context: TurnContext): Promise<void> {
    const a = context.activity;
    const { scope, aadObjectId } = turnInfo(context);
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
    });
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
