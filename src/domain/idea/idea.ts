// The employee idea (idé): what is stored, how the form is checked, and the pure rules for
// support and status changes. Storage and Teams live elsewhere.
import { BENEFICIARIES, BENEFIT_TYPES, type Beneficiary, type BenefitType } from '../initiative/codes';
import type { FieldErrors, Parsed, RawForm } from '../initiative/formTypes';
import { shortenTo } from '../text/typedText';

export const IDEA_STATUSES = ['new', 'reviewing', 'prioritised', 'testing', 'in_use', 'parked', 'merged', 'became_initiative'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** The statuses a leader sets by hand; became_initiative is set by linking to an initiative. */
export const LEADER_STATUSES = ['reviewing', 'prioritised', 'testing', 'in_use', 'parked', 'merged'] as const;
export type LeaderStatus = (typeof LEADER_STATUSES)[number];

/** Statuses that need a reason (shown to the submitter and on the card). */
export const REASON_REQUIRED: readonly IdeaStatus[] = ['parked'];

export const IDEA_LIMITS = { title: 80, text: 2000, reason: 500, onBehalfOf: 100 } as const;

export interface IdeaContent {
  title: string;
  need: string;
  proposal: string;
  beneficiaries: Beneficiary[];
  benefitTypes: BenefitType[];
  seenElsewhere?: string;
  anonymous: boolean;
}

/** Where to tell the submitter about status changes: no name, only what the connector needs. */
export interface NotifyTarget {
  /** Teams user id (29:...), to open a personal chat when none is saved. */
  userId: string;
  aadObjectId?: string;
  tenantId?: string;
  serviceUrl: string;
}

export interface Supporter {
  aadObjectId: string;
  /** Teams user id, for the card's automatic refresh list. */
  userId: string;
}

export interface IdeaHistoryEntry {
  status: IdeaStatus;
  reason?: string;
  at: string;
  by: string;
}

export interface Idea extends IdeaContent {
  id: string;
  /** Shown on cards; never set for anonymous ideas. */
  submitterName?: string;
  /** Entra id of a named submitter (absent for anonymous ideas and ideas registered on behalf). */
  submitterId?: string;
  notify?: NotifyTarget;
  /** A leader registered the idea for an employee not on Teams. */
  registeredBy?: string;
  onBehalfOf?: string;
  teamId?: string;
  unit?: string;
  sector?: string;
  /** The channel the card is posted in (reference without any user) and the card's activity id. */
  channel?: { reference: Record<string, unknown>; activityId?: string; postClaimedAt?: string; postClaimedBy?: string };
  supporters: Supporter[];
  status: IdeaStatus;
  statusReason?: string;
  statusChangedAt?: string;
  initiativeId?: string;
  history: IdeaHistoryEntry[];
  /** Leader (Entra object id) -> when the «start initiative» card was last sent (retries send it once). */
  startCardSentAt?: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

const TOKEN = /^[A-Za-z0-9-]{8,64}$/;

export function isIdeaToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN.test(token);
}

/** The idea's id comes from the form's token: the same submit delivered again finds the same idea. */
export function ideaIdFor(token: string): string {
  if (!isIdeaToken(token)) throw new Error('invalid idea token');
  return `idea-${token}`;
}

function text(raw: RawForm, key: string): string {
  const v = raw[key];
  return typeof v === 'string' ? v.trim() : '';
}

function codes<T extends string>(raw: string, allowed: readonly T[]): { ok: true; value: T[] } | { ok: false } {
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.some((p) => !(allowed as readonly string[]).includes(p))) return { ok: false };
  return { ok: true, value: [...new Set(parts)] as T[] };
}

/** Checks the idea form on the server, whatever the card allowed. */
export function parseIdeaForm(raw: RawForm, options: { allowAnonymous: boolean }): Parsed<IdeaContent> {
  const errors: FieldErrors = {};
  const title = text(raw, 'title');
  const need = text(raw, 'need');
  const proposal = text(raw, 'proposal');
  const seenElsewhere = text(raw, 'seenElsewhere');
  if (!title) errors.title = { code: 'required' };
  else if (title.length > IDEA_LIMITS.title) errors.title = { code: 'tooLong', max: IDEA_LIMITS.title };
  if (!need) errors.need = { code: 'required' };
  else if (need.length > IDEA_LIMITS.text) errors.need = { code: 'tooLong', max: IDEA_LIMITS.text };
  if (!proposal) errors.proposal = { code: 'required' };
  else if (proposal.length > IDEA_LIMITS.text) errors.proposal = { code: 'tooLong', max: IDEA_LIMITS.text };
  if (seenElsewhere.length > IDEA_LIMITS.text) errors.seenElsewhere = { code: 'tooLong', max: IDEA_LIMITS.text };
  const beneficiaries = codes(text(raw, 'beneficiaries'), BENEFICIARIES);
  if (!beneficiaries.ok) errors.beneficiaries = { code: 'invalidChoice' };
  const benefitTypes = codes(text(raw, 'benefitTypes'), BENEFIT_TYPES);
  if (!benefitTypes.ok) errors.benefitTypes = { code: 'invalidChoice' };
  const anonymousRaw = text(raw, 'anonymous');
  if (anonymousRaw && anonymousRaw !== 'true' && anonymousRaw !== 'false') errors.anonymous = { code: 'invalidChoice' };
  const anonymous = anonymousRaw === 'true';
  if (anonymous && !options.allowAnonymous) errors.anonymous = { code: 'invalidChoice' };
  if (Object.keys(errors).length > 0 || !beneficiaries.ok || !benefitTypes.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      title,
      need,
      proposal,
      beneficiaries: beneficiaries.value,
      benefitTypes: benefitTypes.value,
      seenElsewhere: seenElsewhere || undefined,
      anonymous,
    },
  };
}

/** A title suggestion from free text (a mention or a message): the first line, shortened. */
export function titleFromText(textIn: string): string {
  const first = textIn.split(/\r?\n/).map((s) => s.trim()).find(Boolean) ?? '';
  return shortenTo(first, IDEA_LIMITS.title);
}

/** A proposal from free text (a mention or a message), shortened to what the form accepts. */
export function proposalFromText(textIn: string): string {
  return shortenTo(textIn.trim(), IDEA_LIMITS.text);
}

/** Sets whether `supporter` supports the idea. Returns undefined when nothing changes (idempotent). */
export function withSupport(idea: Idea, supporter: Supporter, support: boolean, now: string): Idea | undefined {
  const has = idea.supporters.some((s) => s.aadObjectId === supporter.aadObjectId);
  if (has === support) return undefined;
  const supporters = support ? [...idea.supporters, supporter] : idea.supporters.filter((s) => s.aadObjectId !== supporter.aadObjectId);
  return { ...idea, supporters, updatedAt: now };
}

export type StatusChange =
  | { ok: true; idea: Idea }
  | { ok: false; error: 'unchanged' | 'reasonRequired' | 'reasonTooLong' | 'invalidStatus' };

/** A leader's status change. Setting the same status with the same reason again changes nothing. */
export function withStatus(idea: Idea, status: string, reasonIn: string | undefined, by: string, now: string, initiativeId?: string): StatusChange {
  if (!(IDEA_STATUSES as readonly string[]).includes(status) || status === 'new') return { ok: false, error: 'invalidStatus' };
  const s = status as IdeaStatus;
  const reason = (reasonIn ?? '').trim() || undefined;
  if (REASON_REQUIRED.includes(s) && !reason) return { ok: false, error: 'reasonRequired' };
  if (reason && reason.length > IDEA_LIMITS.reason) return { ok: false, error: 'reasonTooLong' };
  if (idea.status === s && idea.statusReason === reason && (initiativeId === undefined || idea.initiativeId === initiativeId)) {
    return { ok: false, error: 'unchanged' };
  }
  return {
    ok: true,
    idea: {
      ...idea,
      status: s,
      statusReason: reason,
      statusChangedAt: now,
      initiativeId: initiativeId ?? idea.initiativeId,
      history: [...idea.history, { status: s, reason, at: now, by }],
      updatedAt: now,
    },
  };
}

const STATUS_ORDER: Record<IdeaStatus, number> = {
  new: 0,
  reviewing: 1,
  prioritised: 2,
  testing: 3,
  in_use: 4,
  became_initiative: 5,
  merged: 6,
  parked: 7,
};

/** The leader's list: by status (unanswered first), oldest first within a status. */
export function sortForLeader(ideas: readonly Idea[]): Idea[] {
  return [...ideas].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Teams refreshes a card automatically for at most 60 listed users. */
export const MAX_REFRESH_USERS = 60;

/** Who gets the card refreshed automatically: the leaders first, then the latest supporters. */
export function refreshUserIds(idea: Idea, leaderUserIds: readonly string[]): string[] {
  const ids = [...leaderUserIds, ...[...idea.supporters].reverse().map((s) => s.userId)];
  return [...new Set(ids.filter(Boolean))].slice(0, MAX_REFRESH_USERS);
}
