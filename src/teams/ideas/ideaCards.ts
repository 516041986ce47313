// The idea cards: the form (thread reply and task module), the idea card in the channel (shared
// view, and the user-specific views for supporters and leaders), the leader's list, the notice
// to the submitter and the leader's "start an initiative" card. Templates are cards/idea*.json.
// The submitter's name is put on a card only for ideas that are not anonymous.
import { PROGRAMME_TIME_ZONE } from '../../domain/calendar/timeZone';
import { IDEA_LIMITS, LEADER_STATUSES, refreshUserIds, type Idea, type IdeaStatus } from '../../domain/idea/idea';
import type { FieldErrors, RawForm } from '../../domain/initiative/formTypes';
import { t, type Locale } from '../../i18n';
import { cutText } from '../../domain/text/typedText';
import { ECHO_OVER_LIMIT } from '../forms/formParts';
import { codeChoices, codeLabels } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment, type CardJson } from '../cards/template';

export const IDEA_TEMPLATES = ['ideaForm', 'ideaCard', 'ideaList', 'ideaNotice', 'ideaStartInitiative', 'ideaLinkPrompt'] as const;

export function statusLabel(locale: Locale, status: IdeaStatus): string {
  return t(locale, `ideaStatus.${status}`);
}

// ---------- form ----------

export interface IdeaFormOptions {
  token: string;
  mode: 'execute' | 'task';
  allowAnonymous: boolean;
  onBehalf?: boolean;
  values?: RawForm;
  errors?: FieldErrors;
  /** A note above the inputs (e.g. that the prefilled text was shortened). */
  note?: string;
}

const FORM_FIELDS = ['title', 'need', 'proposal', 'beneficiaries', 'benefitTypes', 'seenElsewhere', 'onBehalfOf', 'anonymous'] as const;

/** The most of a choice input the form shows again: every code of its list fits many times. */
const CHOICE_MAX = 500;

/** The most of each input the form shows again (the texts' limits). */
const IDEA_INPUT_MAX: Record<(typeof FORM_FIELDS)[number], number> = {
  title: IDEA_LIMITS.title,
  need: IDEA_LIMITS.text,
  proposal: IDEA_LIMITS.text,
  seenElsewhere: IDEA_LIMITS.text,
  onBehalfOf: IDEA_LIMITS.onBehalfOf,
  beneficiaries: CHOICE_MAX,
  benefitTypes: CHOICE_MAX,
  anonymous: CHOICE_MAX,
};

function errorText(locale: Locale, e: FieldErrors[string] | undefined): string {
  if (!e) return '';
  if (e.code === 'required') return t(locale, 'ideaForm.errorRequired');
  if (e.code === 'tooLong') return t(locale, 'ideaForm.errorTooLong', { max: e.max ?? IDEA_LIMITS.text });
  return t(locale, 'ideaForm.errorInvalidChoice');
}

export function ideaFormData(locale: Locale, o: IdeaFormOptions): object {
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const f of FORM_FIELDS) {
    // As in the initiative forms (ECHO_OVER_LIMIT): a little too much comes back whole, a forged 200 kB does not.
    values[f] = cutText(o.values?.[f] ?? '', IDEA_INPUT_MAX[f] + ECHO_OVER_LIMIT);
    errors[f] = errorText(locale, o.errors?.[f]);
  }
  if (!values.anonymous) values.anonymous = 'false';
  return {
    heading: t(locale, o.onBehalf ? 'ideaForm.headingOnBehalf' : 'ideaForm.heading'),
    privacy: t(locale, o.allowAnonymous && !o.onBehalf ? 'ideaForm.privacyAnonymous' : 'ideaForm.privacy'),
    token: o.token,
    mode: o.mode,
    onBehalf: !!o.onBehalf,
    allowAnonymous: o.allowAnonymous && !o.onBehalf,
    hasErrors: Object.values(errors).some(Boolean),
    note: o.note ?? '',
    values,
    errors,
    beneficiaryChoices: codeChoices(locale, 'beneficiary'),
    benefitChoices: codeChoices(locale, 'benefitType'),
  };
}

export function ideaFormCard(locale: Locale, o: IdeaFormOptions): CardJson {
  return expandCard('ideaForm', locale, ideaFormData(locale, o));
}

// ---------- the idea card ----------

export interface IdeaViewer {
  /** Shows the leader's follow-up section. */
  isLeader?: boolean;
  /** The viewer's Entra id, for "you support this". */
  aadObjectId?: string;
  /** The leader's initiatives to link to. */
  initiatives?: Array<{ id: string; title: string }>;
  /** Opened from the leader's list in personal chat (adds "back to the list"). */
  inList?: boolean;
  /** A note to the leader after an action (e.g. a missing reason). */
  message?: { text: string; kind: 'good' | 'attention' };
  /** The title of the linked initiative, when known. */
  initiativeTitle?: string;
}

export function ideaCardData(locale: Locale, idea: Idea, viewer: IdeaViewer = {}, leaderUserIds: readonly string[] = []): object {
  const byPrefix = idea.anonymous
    ? t(locale, 'ideaCard.anonymous')
    : idea.registeredBy
      ? idea.onBehalfOf
        ? t(locale, 'ideaCard.onBehalf')
        : t(locale, 'ideaCard.onBehalfNoName')
      : t(locale, 'ideaCard.submittedBy');
  const byName = idea.anonymous ? '' : idea.registeredBy ? (idea.onBehalfOf ?? '') : (idea.submitterName ?? '');
  const supportedByMe = !!viewer.aadObjectId && idea.supporters.some((s) => s.aadObjectId === viewer.aadObjectId);
  return {
    ideaId: idea.id,
    refreshUserIds: refreshUserIds(idea, leaderUserIds),
    title: idea.title,
    need: idea.need,
    proposal: idea.proposal,
    beneficiaries: codeLabels(locale, 'beneficiary', idea.beneficiaries),
    benefitTypes: codeLabels(locale, 'benefitType', idea.benefitTypes),
    seenElsewhere: idea.seenElsewhere ?? '',
    byPrefix,
    byName,
    unit: idea.unit ?? '',
    statusLabel: statusLabel(locale, idea.status),
    reason: idea.statusReason ?? '',
    initiativeTitle: viewer.initiativeTitle ?? '',
    supportsText: t(locale, 'ideaCard.supports', { count: idea.supporters.length }),
    supportedByMe,
    isLeader: !!viewer.isLeader,
    inList: !!viewer.inList,
    message: viewer.message?.text ?? '',
    messageColor: viewer.message?.kind === 'attention' ? 'Attention' : 'Good',
    statusValue: (LEADER_STATUSES as readonly string[]).includes(idea.status) ? idea.status : '',
    statusChoices: LEADER_STATUSES.map((s) => ({ title: statusLabel(locale, s), value: s })),
    hasInitiatives: (viewer.initiatives ?? []).length > 0,
    initiativeChoices: (viewer.initiatives ?? []).map((i) => ({ title: i.title, value: i.id })),
  };
}

export function ideaCard(locale: Locale, idea: Idea, viewer: IdeaViewer = {}, leaderUserIds: readonly string[] = []): CardJson {
  return expandCard('ideaCard', locale, ideaCardData(locale, idea, viewer, leaderUserIds));
}

// ---------- the leader's list ----------

/** A card must stay under Teams' 28 KB: the list shows this many ideas and says how many more there are. */
export const MAX_IDEAS_LISTED = 25;

/** `ideas` in the leader's order (sortForLeader): those that need an answer first. */
export function ideaListData(locale: Locale, ideas: readonly Idea[]): object {
  const date = new Intl.DateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', { timeZone: PROGRAMME_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' });
  const more = ideas.length - MAX_IDEAS_LISTED;
  return {
    more: more > 0 ? t(locale, 'ideas.listMore', { more, shown: MAX_IDEAS_LISTED }) : '',
    items: ideas.slice(0, MAX_IDEAS_LISTED).map((i) => ({
      ideaId: i.id,
      title: i.title,
      unit: i.unit ?? '',
      summary: t(locale, 'ideas.item', { status: statusLabel(locale, i.status), supports: i.supporters.length, date: date.format(new Date(i.createdAt)) }),
    })),
  };
}

export function ideaListCard(locale: Locale, ideas: readonly Idea[]): CardJson {
  return expandCard('ideaList', locale, ideaListData(locale, ideas));
}

// ---------- personal messages ----------

export function ideaNoticeData(locale: Locale, idea: Idea, initiativeTitle = ''): object {
  return {
    title: idea.title,
    statusText: t(locale, 'ideas.noticeStatus', { status: statusLabel(locale, idea.status) }),
    reason: idea.statusReason ?? '',
    initiativeTitle,
  };
}

export function ideaNoticeCard(locale: Locale, idea: Idea, initiativeTitle = ''): CardAttachment {
  return cardAttachment(expandCard('ideaNotice', locale, ideaNoticeData(locale, idea, initiativeTitle)));
}

export function ideaStartInitiativeCard(locale: Locale, idea: Idea): CardAttachment {
  return cardAttachment(expandCard('ideaStartInitiative', locale, { ideaId: idea.id, title: idea.title }));
}

export function ideaLinkPromptCard(locale: Locale): CardAttachment {
  return cardAttachment(expandCard('ideaLinkPrompt', locale, {}));
}
