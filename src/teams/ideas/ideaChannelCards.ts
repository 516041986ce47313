// The idea's card in the channel: posted once, brought up to date after every change, and the
// notice to the submitter. Built once in the composition root: it serialises the card updates
// of each idea and knows which cards this process is posting, so it must be shared by all turns.
import type { Idea } from '../../domain/idea/idea';
import { IDEA_STATUS_NOTICE_KIND, ideaStatusNoticeAllowance, ideaStatusNoticeHolder } from '../../domain/idea/statusNotice';
import type { Locale } from '../../i18n';
import type { CardJson } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { IdeaCardFacts, SupporterCards } from './ideaCardFacts';
import { ideaCard, ideaLinkPromptCard, ideaNoticeCard } from './ideaCards';
import { initiativeTitle } from './ideaView';

type Deps = Pick<TeamsDeps, 'ideas' | 'initiatives' | 'teamLinks' | 'profiles' | 'ideaMessenger' | 'logger' | 'outbox' | 'now'>;

export class IdeaChannelCards {
  /** Per idea: the channel card update running now, and whether another is wanted after it. */
  private readonly updating = new Map<string, { again: boolean; done: Promise<void> }>();
  /** Per idea: the post of its card running in this process now. */
  private readonly posting = new Map<string, Promise<void>>();
  /** The initiative title and the leader of each idea's card, kept for a few seconds. */
  private readonly facts: IdeaCardFacts;
  private readonly supporterCards: SupporterCards;

  constructor(
    private readonly deps: Deps,
    /** Channel cards are shared by everyone, so they use the programme's language. */
    private readonly locale: Locale,
    /** This process, in post claims: a claim by another process that is this old is taken over. */
    private readonly instanceId: string,
  ) {
    this.facts = new IdeaCardFacts(deps);
    this.supporterCards = new SupporterCards(this.facts);
  }

  /** The card everyone sees in the channel (no user-specific state). */
  async sharedCard(idea: Idea): Promise<CardJson> {
    const facts = await this.facts.of(idea);
    return ideaCard(this.locale, idea, { initiativeTitle: facts.initiativeTitle }, facts.leaderUserIds);
  }

  /** The card a supporter gets back after a press. */
  supporterCard(locale: Locale, idea: Idea, aadObjectId: string): Promise<CardJson> {
    return this.supporterCards.card(locale, idea, aadObjectId);
  }

  /**
   * Brings the channel card up to date. Updates of one idea run one at a time, and a request
   * made while one runs causes one more run on fresh data, so the last update wins.
   */
  refresh(ideaId: string): Promise<void> {
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
          if (await this.put(ideaId)) entry.again = true;
        } while (entry.again);
      } finally {
        this.updating.delete(ideaId);
      }
    })();
    return entry.done;
  }

  /**
   * Starts a refresh without holding the caller (a press answers from its own write; the
   * channel card follows). `settled()` waits for it: graceful shutdown and tests.
   */
  refreshSoon(ideaId: string): void {
    this.refresh(ideaId).catch((err: unknown) => this.deps.logger.warn({ err, ideaId }, 'could not update the idea card in the channel'));
  }

  /** Settles when no channel card update is running or wanted. */
  async settled(): Promise<void> {
    while (this.updating.size > 0) await Promise.all([...this.updating.values()].map((e) => e.done.catch(() => undefined)));
  }

  /**
   * Puts the card of the idea as stored now. True when the idea changed while the card was on its
   * way: another instance's update (of an older or newer version) may have reached Teams after
   * this one, so the card must be put again for it to end at what is stored.
   */
  private async put(ideaId: string): Promise<boolean> {
    try {
      const doc = await this.deps.ideas.get(ideaId);
      const idea = doc?.value;
      if (!doc || !idea?.channel?.activityId) return false;
      await this.deps.ideaMessenger.update(idea.channel.reference, idea.channel.activityId, await this.sharedCard(idea));
      const after = await this.deps.ideas.get(ideaId);
      return !!after && after.etag !== doc.etag;
    } catch (err) {
      this.deps.logger.warn({ err, ideaId }, 'could not update the idea card in the channel');
      return false;
    }
  }

  /**
   * Posts the idea's card once, whichever delivery of the submit gets here first. A delivery that
   * arrives while this process posts waits for that post; one that finds a claim left by a
   * failed attempt or a dead process posts the card itself.
   */
  postOnce(idea: Idea): Promise<void> {
    const running = this.posting.get(idea.id);
    if (running) return running;
    const done = this.claimAndPost(idea).finally(() => this.posting.delete(idea.id));
    this.posting.set(idea.id, done);
    return done;
  }

  /** On start-up: posts the cards that were claimed but never posted (the process died in between). */
  async postUnposted(): Promise<number> {
    const ideas = await this.deps.ideas.listUnposted(this.instanceId);
    for (const idea of ideas) await this.postOnce(idea);
    if (ideas.length > 0) this.deps.logger.info({ count: ideas.length }, 'posted idea cards left unposted');
    return ideas.length;
  }

  private async claimAndPost(idea: Idea): Promise<void> {
    try {
      if (!idea.channel || !(await this.deps.ideas.claimPost(idea.id, this.instanceId))) return;
      const activityId = await this.deps.ideaMessenger.post(idea.channel.reference, await this.sharedCard(idea));
      if (activityId) {
        await this.deps.ideas.update(idea.id, (i) => (i.channel ? { ...i, channel: { ...i.channel, activityId } } : undefined));
      }
      if (!idea.unit && idea.teamId) await this.deps.ideaMessenger.post(idea.channel.reference, ideaLinkPromptCard(this.locale).content);
    } catch (err) {
      this.deps.logger.warn({ err, ideaId: idea.id }, 'could not post the idea card');
    }
  }

  /**
   * Tells the submitter (in their language) that their idea's status changed: once per change,
   * and at most IDEA_STATUS_NOTICES_PER_DAY times a day per idea (a slot of the day's allowance
   * in the ledger is taken first, so a status flipped back and forth stops reaching them).
   */
  async notifySubmitter(idea: Idea): Promise<void> {
    if (!idea.notify) return;
    const allowance = ideaStatusNoticeAllowance(idea.id, this.deps.now());
    // The ledger names no submitter of an anonymous idea.
    const recipientKey = idea.anonymous ? `idea:${idea.id}` : (idea.notify.aadObjectId ?? idea.notify.userId).toLowerCase();
    const slot = await this.deps.outbox.claimSlot(allowance.keys, ideaStatusNoticeHolder(idea), { kind: IDEA_STATUS_NOTICE_KIND, period: allowance.period, recipientKey, recipientName: '', runId: `idea-status@${idea.id}` });
    if (slot.outcome !== 'claimed') return;
    const profile = idea.notify.aadObjectId ? (await this.deps.profiles.get(idea.notify.aadObjectId))?.value : undefined;
    const locale: Locale = profile?.language ?? this.locale;
    const sent = await this.deps.ideaMessenger.sendPersonal(idea.notify, { attachments: [ideaNoticeCard(locale, idea, (await initiativeTitle(this.deps, idea)) ?? '')] });
    await this.deps.outbox.finish(slot.key, sent ? { status: 'sent', attempts: 1 } : { status: 'unreachable', attempts: 1, error: 'not delivered' });
  }
}
