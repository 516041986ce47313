// Everything the bot does with employee ideas (issue 4): the channel mention and `koble kanal`,
// the message extension's fetchTask/submitAction, the Universal Actions on the idea card
// (support, leader follow-up, refresh), and the leader's `idéer` list in personal chat.
//
// Idempotency: an idea's id comes from the form token (made when the form is shown), so a
// submit delivered again finds the stored idea, and only the turn that wins `claimPost` posts
// the card. Support and status buttons carry the wanted state (support: true/false, the new
// status), so a repeated press changes nothing and sends nothing a second time.
import { randomUUID } from 'node:crypto';
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, MessagingExtensionAction, MessagingExtensionActionResponse, TurnContext } from 'botbuilder';
import {
  ideaIdFor,
  isIdeaToken,
  parseIdeaForm,
  sortForLeader,
  titleFromText,
  withStatus,
  withSupport,
  type Idea,
  type NotifyTarget,
} from '../../domain/idea/idea';
import type { RawForm } from '../../domain/initiative/formTypes';
import type { Profile } from '../../domain/profile/profile';
import { t, type Locale, type StringKey } from '../../i18n';
import { cardAttachment, expandCard, ADAPTIVE_CARD_CONTENT_TYPE, type CardJson } from '../cards/template';
import { isAdmin, type TeamsServices } from '../dialogs/services';
import { commandFromText } from '../turn/commandText';
import { turnInfo } from '../turn/turnInfo';
import { sendWelcome } from '../help/welcome';
import { ideaCard, ideaFormCard, ideaLinkPromptCard, ideaListCard, ideaNoticeCard, ideaStartInitiativeCard, isIdeaVerb, type IdeaViewer } from './ideaCards';
import { channelPostReference } from './ideaMessenger';

export const MESSAGE_ACTION_RESPONSE = 'application/vnd.microsoft.activity.message';
export const ERROR_RESPONSE = 'application/vnd.microsoft.error';

function cardResponse(card: CardJson): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card };
}

function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: MESSAGE_ACTION_RESPONSE, value: text as unknown as Record<string, unknown> };
}

function errorResponse(statusCode: number, code: string, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: ERROR_RESPONSE, value: { code, message } };
}

/** Text of a message without mentions and HTML (message extension payloads are HTML). */
export function plainText(html: string | undefined): string {
  return (html ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/** The form's inputs from an invoke's data (strings only; anything else is dropped). */
function rawForm(data: Record<string, unknown>): RawForm {
  const raw: RawForm = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string') raw[k] = v;
  return raw;
}

function prefillFromText(text: string): RawForm {
  const body = text.replace(/^\s*(idé|ide|idea)(?=[\s:]|$)[:\s]*/i, '').trim();
  return body ? { title: titleFromText(body), proposal: body } : {};
}

export class IdeaFeature {
  /** Per idea: the channel card update running now, and whether another is wanted after it. */
  private readonly updating = new Map<string, { again: boolean; done: Promise<void> }>();

  constructor(private readonly services: TeamsServices) {}

  private get locale(): Locale {
    return this.services.config.defaultLocale;
  }

  private now(): string {
    return this.services.now().toISOString();
  }

  // ---------- who may do what ----------

  private async profileOf(aadObjectId: string | undefined): Promise<Profile | undefined> {
    return aadObjectId ? (await this.services.profiles.get(aadObjectId))?.value : undefined;
  }

  /** The unit the person leads, when their profile says leader and names a unit. */
  private async ledUnit(aadObjectId: string | undefined): Promise<{ unit: string; sector?: string } | undefined> {
    const p = await this.profileOf(aadObjectId);
    return p?.role === 'leader' && p.unit ? { unit: p.unit, sector: p.sector } : undefined;
  }

  /** The unit's leader or a programme admin (checked on the server for every leader action). */
  private async mayFollowUp(aadObjectId: string | undefined, idea: Idea): Promise<boolean> {
    if (!aadObjectId) return false;
    if (isAdmin(this.services, aadObjectId)) return true;
    const led = await this.ledUnit(aadObjectId);
    return !!led && !!idea.unit && led.unit === idea.unit;
  }

  // ---------- cards ----------

  private async leaderUserIds(idea: Idea): Promise<string[]> {
    const link = idea.teamId ? await this.services.teamLinks.get(idea.teamId) : undefined;
    return link ? [link.linkedBy.userId] : [];
  }

  private async initiativeTitle(idea: Idea): Promise<string | undefined> {
    return idea.initiativeId ? (await this.services.initiatives.get(idea.initiativeId))?.value.title : undefined;
  }

  /** The card everyone sees in the channel (no user-specific state). */
  async sharedCard(idea: Idea): Promise<CardJson> {
    return ideaCard(this.locale, idea, { initiativeTitle: await this.initiativeTitle(idea) }, await this.leaderUserIds(idea));
  }

  /** The view of one user: their support, and the follow-up section for the unit's leader. */
  private async viewFor(context: TurnContext, idea: Idea, extra: Partial<IdeaViewer> = {}): Promise<CardJson> {
    const { locale, aadObjectId } = turnInfo(context);
    const isLeader = await this.mayFollowUp(aadObjectId, idea);
    const initiatives = isLeader && aadObjectId ? (await this.services.initiatives.listByOwner(aadObjectId)).map((i) => ({ id: i.id, title: i.title })) : [];
    const viewer: IdeaViewer = { aadObjectId, isLeader, initiatives, initiativeTitle: await this.initiativeTitle(idea), ...extra };
    return ideaCard(locale, idea, viewer, await this.leaderUserIds(idea));
  }

  /**
   * Brings the channel card up to date. Updates of one idea run one at a time, and a request
   * made while one runs causes one more run on fresh data, so the last update wins.
   */
  refreshChannelCard(ideaId: string): Promise<void> {
    const running = this.updating.get(ideaId);
    if (running) {
      running.again = true;
      return running.done;
    }
    const entry = { again: false, done: Promise.resolve() };
    this.updating.set(ideaId, entry);
    entry.done = (async () => {
      try {
        do {
          entry.again = false;
          await this.putChannelCard(ideaId);
        } while (entry.again);
      } finally {
        this.updating.delete(ideaId);
      }
    })();
    return entry.done;
  }

  private async putChannelCard(ideaId: string): Promise<void> {
    try {
      const idea = (await this.services.ideas.get(ideaId))?.value;
      if (!idea?.channel?.activityId) return;
      await this.services.ideaMessenger.update(idea.channel.reference, idea.channel.activityId, await this.sharedCard(idea));
    } catch (err) {
      this.services.logger.warn({ err, ideaId }, 'could not update the idea card in the channel');
    }
  }

  /** Posts the idea's card once, whichever delivery of the submit gets here first. */
  private async postOnce(idea: Idea): Promise<void> {
    if (!idea.channel || !(await this.services.ideas.claimPost(idea.id))) return;
    try {
      const activityId = await this.services.ideaMessenger.post(idea.channel.reference, await this.sharedCard(idea));
      if (activityId) {
        await this.services.ideas.update(idea.id, (i) => (i.channel ? { ...i, channel: { ...i.channel, activityId } } : undefined));
      }
      if (!idea.unit && idea.teamId) await this.services.ideaMessenger.post(idea.channel.reference, ideaLinkPromptCard(this.locale).content);
    } catch (err) {
      this.services.logger.warn({ err, ideaId: idea.id }, 'could not post the idea card');
    }
  }

  private async notifySubmitter(idea: Idea): Promise<void> {
    if (!idea.notify) return;
    const profile = await this.profileOf(idea.notify.aadObjectId);
    const locale: Locale = profile?.language ?? this.locale;
    await this.services.ideaMessenger.sendPersonal(idea.notify, { attachments: [ideaNoticeCard(locale, idea, (await this.initiativeTitle(idea)) ?? '')] });
  }

  // ---------- creating ideas ----------

  /**
   * Stores and posts an idea from a valid form. `created` is false for a repeated delivery.
   * Throws nothing for bad input: the caller parses first.
   */
  private async createIdea(context: TurnContext, token: string, raw: RawForm, onBehalf: boolean): Promise<{ idea?: Idea; created: boolean; errors?: ReturnType<typeof parseIdeaForm> }> {
    const a = context.activity;
    const { aadObjectId } = turnInfo(context);
    const parsed = parseIdeaForm(onBehalf ? { ...raw, anonymous: 'false' } : raw, { allowAnonymous: this.services.config.ideasAllowAnonymous });
    if (!parsed.ok) return { created: false, errors: parsed };
    const id = ideaIdFor(token);
    const existing = await this.services.ideas.get(id);
    if (existing) {
      await this.postOnce(existing.value); // a retry after a crash between storing and posting
      return { idea: existing.value, created: false };
    }
    const channelData = (a.channelData ?? {}) as { team?: { id?: string }; tenant?: { id?: string } };
    const tenantId = channelData.tenant?.id ?? a.conversation.tenantId;
    const now = this.now();
    let unit: string | undefined;
    let sector: string | undefined;
    let teamId: string | undefined;
    let channel: Idea['channel'];
    if (onBehalf) {
      const led = await this.ledUnit(aadObjectId);
      unit = led?.unit;
      sector = led?.sector;
      const link = unit ? (await this.services.teamLinks.byUnit(unit))[0] : undefined;
      teamId = link?.teamId;
      channel = link ? { reference: link.channelReference } : undefined;
    } else {
      teamId = channelData.team?.id;
      const link = teamId ? await this.services.teamLinks.get(teamId) : undefined;
      unit = link?.unit;
      sector = link?.sector;
      channel = { reference: channelPostReference(a) };
    }
    const content = parsed.value;
    const notify: NotifyTarget | undefined = onBehalf ? undefined : { userId: a.from.id, aadObjectId, tenantId, serviceUrl: a.serviceUrl };
    const idea: Idea = {
      ...content,
      id,
      submitterName: content.anonymous || onBehalf ? undefined : a.from.name,
      submitterId: content.anonymous || onBehalf ? undefined : aadObjectId,
      notify,
      registeredBy: onBehalf ? aadObjectId : undefined,
      onBehalfOf: onBehalf ? raw.onBehalfOf?.trim().slice(0, 100) || undefined : undefined,
      teamId,
      unit,
      sector,
      channel,
      supporters: [],
      status: 'new',
      history: [{ status: 'new', at: now, by: onBehalf ? (aadObjectId ?? '') : content.anonymous ? 'anonymous' : (aadObjectId ?? '') }],
      createdAt: now,
      updatedAt: now,
    };
    const result = await this.services.ideas.createIfAbsent(idea);
    await this.postOnce(result.idea);
    return { idea: result.idea, created: result.created };
  }

  // ---------- channel messages ----------

  /** A message to the bot in a channel or group chat (the bot sees only messages that mention it). */
  async handleChannelMessage(context: TurnContext): Promise<void> {
    const { locale } = turnInfo(context);
    if (isIdeaVerb((context.activity.value as { verb?: unknown } | undefined)?.verb)) return this.handleSubmitFallback(context);
    const text = plainText(context.activity.text);
    const command = commandFromText(text);
    if (command === 'linkChannel') {
      await context.sendActivity(await this.linkTeam(context));
      return;
    }
    if (command === 'help' || command === 'cancel') return sendWelcome(context, locale);
    const card = ideaFormCard(locale, { token: randomUUID(), mode: 'execute', allowAnonymous: this.services.config.ideasAllowAnonymous, values: prefillFromText(text) });
    await context.sendActivity({ text: t(locale, 'ideas.formInThread'), attachments: [cardAttachment(card)] });
  }

  /** Links the team of this turn to the speaker's unit; returns the answer to show. */
  private async linkTeam(context: TurnContext): Promise<string> {
    const { locale, aadObjectId } = turnInfo(context);
    const a = context.activity;
    const teamId = (a.channelData as { team?: { id?: string } } | undefined)?.team?.id;
    if (!teamId) return t(locale, 'ideas.notInTeam');
    const led = await this.ledUnit(aadObjectId);
    if (!led || !aadObjectId) return t(locale, 'ideas.linkNeedsLeader');
    await this.services.teamLinks.link({ teamId, unit: led.unit, sector: led.sector, channelReference: channelPostReference(a), linkedBy: { aadObjectId, userId: a.from.id } });
    // Ideas posted before the team was linked now belong to the unit.
    for (const idea of await this.services.ideas.listUnlinkedByTeam(teamId)) {
      await this.services.ideas.update(idea.id, (i) => (i.unit ? undefined : { ...i, unit: led.unit, sector: led.sector, updatedAt: this.now() }));
      await this.refreshChannelCard(idea.id);
    }
    return t(locale, 'ideas.linked', { unit: led.unit });
  }

  // ---------- message extension ----------

  async fetchTask(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const { locale } = turnInfo(context);
    if (action.commandId !== 'newIdea' && action.commandId !== 'ideaFromMessage') {
      return { task: { type: 'message', value: t(locale, 'ideas.unknownAction') } };
    }
    const values = action.commandId === 'ideaFromMessage' ? prefillFromText(plainText(action.messagePayload?.body?.content)) : {};
    return this.taskForm(locale, randomUUID(), values);
  }

  private taskForm(locale: Locale, token: string, values: RawForm, errors?: Record<string, never> | ReturnType<typeof parseIdeaForm>): MessagingExtensionActionResponse {
    const fieldErrors = errors && 'errors' in errors ? errors.errors : undefined;
    const card = ideaFormCard(locale, { token, mode: 'task', allowAnonymous: this.services.config.ideasAllowAnonymous, values, errors: fieldErrors });
    return { task: { type: 'continue', value: { card: cardAttachment(card), title: t(locale, 'ideaForm.taskTitle'), height: 'large', width: 'medium' } } };
  }

  async submitAction(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const { locale, aadObjectId } = turnInfo(context);
    const data = (action.data ?? {}) as Record<string, unknown>;
    if (data.verb !== 'ideaSubmit' || !isIdeaToken(data.token) || !aadObjectId) {
      return { task: { type: 'message', value: t(locale, 'ideas.invalidForm') } };
    }
    const raw = rawForm(data);
    const result = await this.createIdea(context, data.token, raw, false);
    if (result.errors) return this.taskForm(locale, data.token, raw, result.errors);
    return {};
  }

  // ---------- Universal Actions (Action.Execute) ----------

  async onAdaptiveCardInvoke(context: TurnContext, invoke: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const { locale } = turnInfo(context);
    const verb = invoke.action?.verb;
    const data = (invoke.action?.data ?? {}) as Record<string, unknown>;
    if (!isIdeaVerb(verb)) return errorResponse(400, 'BadRequest', t(locale, 'ideas.unknownAction'));
    switch (verb) {
      case 'ideaSubmit':
        return this.submitFromCard(context, data);
      case 'ideaLinkTeam':
        return messageResponse(await this.linkTeam(context));
      case 'ideaList':
        return this.leaderList(context);
      case 'ideaRegisterForm':
        return this.registerForm(context);
      default:
        return this.ideaAction(context, verb, data);
    }
  }

  private async submitFromCard(context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCardInvokeResponse> {
    const { locale, aadObjectId } = turnInfo(context);
    if (!isIdeaToken(data.token) || !aadObjectId) return errorResponse(400, 'BadRequest', t(locale, 'ideas.invalidForm'));
    const onBehalf = data.onBehalf === true;
    if (onBehalf && !(await this.ledUnit(aadObjectId))) return errorResponse(403, 'Forbidden', t(locale, 'ideas.forbidden'));
    const raw = rawForm(data);
    const result = await this.createIdea(context, data.token, raw, onBehalf);
    if (result.errors && !result.errors.ok) {
      return cardResponse(ideaFormCard(locale, { token: data.token, mode: 'execute', onBehalf, allowAnonymous: this.services.config.ideasAllowAnonymous, values: raw, errors: result.errors.errors }));
    }
    const message = t(locale, onBehalf ? 'ideas.registeredCard' : 'ideas.submittedCard');
    return cardResponse(expandCard('ideaSubmitted', locale, { message, title: result.idea?.title ?? '' }));
  }

  private async leaderList(context: TurnContext): Promise<AdaptiveCardInvokeResponse> {
    const { locale, aadObjectId } = turnInfo(context);
    const ideas = await this.ideasForLeader(aadObjectId);
    if (!ideas) return errorResponse(403, 'Forbidden', t(locale, 'ideas.notLeader'));
    return cardResponse(ideaListCard(locale, ideas));
  }

  private async registerForm(context: TurnContext): Promise<AdaptiveCardInvokeResponse> {
    const { locale, aadObjectId } = turnInfo(context);
    if (!(await this.ledUnit(aadObjectId))) return errorResponse(403, 'Forbidden', t(locale, 'ideas.notLeader'));
    return cardResponse(ideaFormCard(locale, { token: randomUUID(), mode: 'execute', onBehalf: true, allowAnonymous: false }));
  }

  /** Actions on one idea: refresh, support, and the leader's follow-up. */
  private async ideaAction(context: TurnContext, verb: string, data: Record<string, unknown>): Promise<AdaptiveCardInvokeResponse> {
    const { locale, aadObjectId } = turnInfo(context);
    const ideaId = data.ideaId;
    if (typeof ideaId !== 'string' || !/^idea-[A-Za-z0-9-]{8,64}$/.test(ideaId)) return errorResponse(400, 'BadRequest', t(locale, 'ideas.invalidForm'));
    const found = (await this.services.ideas.get(ideaId))?.value;
    if (!found) return errorResponse(404, 'NotFound', t(locale, 'ideas.notFound'));

    if (verb === 'ideaRefresh') return cardResponse(await this.viewFor(context, found));
    if (verb === 'ideaSupport') {
      if (typeof data.support !== 'boolean' || !aadObjectId) return errorResponse(400, 'BadRequest', t(locale, 'ideas.invalidForm'));
      const support = data.support;
      const supporter = { aadObjectId, userId: context.activity.from.id };
      const { idea, written } = await this.services.ideas.update(ideaId, (i) => withSupport(i, supporter, support, this.now()));
      if (written) await this.refreshChannelCard(ideaId);
      return cardResponse(await this.viewFor(context, idea ?? found));
    }

    // Everything below is for the unit's leader and programme admins only.
    if (!(await this.mayFollowUp(aadObjectId, found))) return errorResponse(403, 'Forbidden', t(locale, 'ideas.forbidden'));
    const inList = context.activity.conversation.conversationType === 'personal';
    switch (verb) {
      case 'ideaOpen':
        return cardResponse(await this.viewFor(context, found, { inList }));
      case 'ideaStatus':
        return this.changeStatus(context, found, String(data.status ?? ''), typeof data.reason === 'string' ? data.reason : undefined, undefined, inList);
      case 'ideaLinkInitiative': {
        const initiativeId = typeof data.initiativeId === 'string' ? data.initiativeId : '';
        const initiative = initiativeId ? (await this.services.initiatives.get(initiativeId))?.value : undefined;
        const owns = !!initiative && (initiative.ownerId === aadObjectId || (initiative.coOwnerIds ?? []).includes(aadObjectId!) || isAdmin(this.services, aadObjectId));
        if (!initiative || !owns) return cardResponse(await this.viewFor(context, found, { inList, message: { text: t(locale, 'ideas.initiativeNotYours'), kind: 'attention' } }));
        await this.services.initiatives.update(initiative.id, (i) => (i.linkedIdeaIds.includes(found.id) ? undefined : { ...i, linkedIdeaIds: [...i.linkedIdeaIds, found.id] }));
        return this.changeStatus(context, found, 'became_initiative', undefined, initiative.id, inList, t(locale, 'ideas.initiativeLinked', { title: initiative.title }));
      }
      case 'ideaNewInitiative': {
        const target: NotifyTarget = {
          userId: context.activity.from.id,
          aadObjectId,
          tenantId: (context.activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? context.activity.conversation.tenantId,
          serviceUrl: context.activity.serviceUrl,
        };
        // Teams retries an invoke it did not get an answer to in time: send the card once.
        const nowMs = this.services.now().getTime();
        const { written } = await this.services.ideas.update(found.id, (i) => {
          const last = i.startCardSentAt?.[aadObjectId!];
          if (last && nowMs - Date.parse(last) < START_CARD_DEDUP_MS) return undefined;
          return { ...i, startCardSentAt: { ...(i.startCardSentAt ?? {}), [aadObjectId!]: new Date(nowMs).toISOString() } };
        });
        if (written) await this.services.ideaMessenger.sendPersonal(target, { attachments: [ideaStartInitiativeCard(locale, found)] });
        return messageResponse(t(locale, 'ideas.initiativeSent'));
      }
      default:
        return errorResponse(400, 'BadRequest', t(locale, 'ideas.unknownAction'));
    }
  }

  private async changeStatus(
    context: TurnContext,
    found: Idea,
    status: string,
    reason: string | undefined,
    initiativeId: string | undefined,
    inList: boolean,
    okText?: string,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { locale, aadObjectId } = turnInfo(context);
    let failure: 'unchanged' | 'reasonRequired' | 'reasonTooLong' | 'invalidStatus' | undefined;
    const { idea, written } = await this.services.ideas.update(found.id, (i) => {
      const change = withStatus(i, status, reason, aadObjectId ?? '', this.now(), initiativeId);
      failure = change.ok ? undefined : change.error;
      return change.ok ? change.idea : undefined;
    });
    const current = idea ?? found;
    if (!written) {
      const key: StringKey = `ideas.${failure ?? 'unchanged'}`;
      return cardResponse(await this.viewFor(context, current, { inList, message: { text: t(locale, key), kind: failure === 'unchanged' ? 'good' : 'attention' } }));
    }
    await this.refreshChannelCard(current.id);
    await this.notifySubmitter(current);
    return cardResponse(await this.viewFor(context, current, { inList, message: { text: okText ?? t(locale, 'ideas.statusSaved'), kind: 'good' } }));
  }

  /**
   * A client without Universal Actions sends an Action.Execute as Action.Submit (a message whose
   * value is the data plus the inputs): it gets the same handling, answered as a message.
   */
  async handleSubmitFallback(context: TurnContext): Promise<void> {
    const { verb, ...data } = (context.activity.value ?? {}) as Record<string, unknown>;
    const res = await this.onAdaptiveCardInvoke(context, { action: { type: 'Action.Execute', verb: String(verb), data }, trigger: 'manual' } as unknown as AdaptiveCardInvokeValue);
    if (res.type === ADAPTIVE_CARD_CONTENT_TYPE) await context.sendActivity({ attachments: [cardAttachment(res.value as CardJson)] });
    else if (res.type === MESSAGE_ACTION_RESPONSE) await context.sendActivity(res.value as unknown as string);
    else await context.sendActivity(String((res.value as { message?: unknown }).message ?? ''));
  }

  // ---------- personal chat ----------

  /** The ideas a leader follows up (all for admins); undefined for others. */
  private async ideasForLeader(aadObjectId: string | undefined): Promise<Idea[] | undefined> {
    if (isAdmin(this.services, aadObjectId)) return sortForLeader(await this.services.ideas.listAll());
    const led = await this.ledUnit(aadObjectId);
    if (!led) return undefined;
    return sortForLeader(await this.services.ideas.listByUnits([led.unit]));
  }

  /** `idéer` in personal chat. */
  async sendLeaderList(context: TurnContext): Promise<void> {
    const { locale, aadObjectId } = turnInfo(context);
    const ideas = await this.ideasForLeader(aadObjectId);
    if (!ideas) {
      await context.sendActivity(t(locale, 'ideas.notLeader'));
      return;
    }
    await context.sendActivity({ attachments: [cardAttachment(ideaListCard(locale, ideas))] });
  }

  /** The proposal dialog's prefill from an idea, for the idea's leader only. */
  /** An initiative proposed from an idea was registered: link the two and tell the submitter. */
  async initiativeRegisteredFromIdea(ideaId: string, initiativeId: string, aadObjectId: string): Promise<void> {
    const found = (await this.services.ideas.get(ideaId))?.value;
    if (!found || !(await this.mayFollowUp(aadObjectId, found))) return;
    await this.services.initiatives.update(initiativeId, (i) => (i.linkedIdeaIds.includes(found.id) ? undefined : { ...i, linkedIdeaIds: [...i.linkedIdeaIds, found.id] }));
    const { idea, written } = await this.services.ideas.update(found.id, (i) => {
      const change = withStatus(i, 'became_initiative', undefined, aadObjectId, this.now(), initiativeId);
      return change.ok ? change.idea : undefined;
    });
    if (!written || !idea) return;
    await this.refreshChannelCard(idea.id);
    await this.notifySubmitter(idea);
  }

  async initiativePrefill(ideaId: unknown, aadObjectId: string | undefined): Promise<RawForm | undefined> {
    if (typeof ideaId !== 'string') return undefined;
    const idea = (await this.services.ideas.get(ideaId))?.value;
    if (!idea || !(await this.mayFollowUp(aadObjectId, idea))) return undefined;
    return { title: idea.title, problem: idea.need, goal: idea.proposal };
  }
}

/** A repeated «start initiative» press within this window is a retry: the card is not sent again. */
const START_CARD_DEDUP_MS = 10 * 60_000;

const features = new WeakMap<TeamsServices, IdeaFeature>();

/** One IdeaFeature per app (it serialises the channel card updates of each idea). */
export function ideaFeature(services: TeamsServices): IdeaFeature {
  let feature = features.get(services);
  if (!feature) {
    feature = new IdeaFeature(services);
    features.set(services, feature);
  }
  return feature;
}
