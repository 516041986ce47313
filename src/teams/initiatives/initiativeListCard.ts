// `mine tiltak`: the leader's initiatives with phase, status and what is due (cards/initiativeList.json).
import { isLeader, type Roles } from '../../domain/access/roles';
import type { Initiative } from '../../domain/initiative/initiative';
import { hasOverview } from '../../domain/overview/viewer';
import { isClosed } from '../../domain/initiative/rules';
import { t, type Locale } from '../../i18n';
import { codeLabel, formatDate, phaseNumber } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';
import { formWhat } from '../forms/discardGuard';
import type { OpenForm } from '../forms/showOpenForm';

export interface ListItem {
  initiative: Initiative;
  due: {
    kind: 'firstReport' | 'report' | 'closingReport' | 'none';
    dueDate?: string;
  };
}

function dueText(locale: Locale, due: ListItem['due']): string {
  const what = t(locale, `list.due.${due.kind}`);
  return due.kind !== 'none' && due.dueDate ? t(locale, 'list.dueBy', { what, date: formatDate(due.dueDate) }) : what;
}

function statusText(locale: Locale, initiative: Initiative): string {
  const status = codeLabel(locale, 'status', initiative.status);
  return initiative.progress && initiative.status === 'active' ? `${status} · ${codeLabel(locale, 'progress', initiative.progress)}` : status;
}

/**
 * Who looks decides the way on: a leader on the roster registers (the default, as before); anyone
 * else cannot («Nytt tiltak» would be refused) and is pointed to «Utforsk tiltak» and, where they
 * have one, the overview.
 */
export interface ListViewer {
  canPropose: boolean;
  hasOverview: boolean;
}
const LEADER: ListViewer = { canPropose: true, hasOverview: true };

export function listViewerOf(roles: Roles): ListViewer {
  return { canPropose: isLeader(roles), hasOverview: hasOverview(roles) };
}

function emptyTextFor(locale: Locale, viewer: ListViewer): string {
  if (viewer.canPropose) return t(locale, 'list.empty');
  return t(locale, viewer.hasOverview ? 'list.emptyOverviewer' : 'list.emptyEmployee');
}

/** What the card says of a form the leader has open: with no initiatives yet, that they are registering one. */
function openFormData(locale: Locale, empty: boolean, openForm: OpenForm | undefined, viewer: ListViewer) {
  const registeringFirst = empty && openForm?.registering === true;
  return {
    emptyText: registeringFirst ? t(locale, 'list.emptyWhileRegistering') : emptyTextFor(locale, viewer),
    canPropose: viewer.canPropose,
    showOverview: !viewer.canPropose && viewer.hasOverview,
    openForm: openForm !== undefined,
    openFormNote: openForm && !registeringFirst ? t(locale, 'list.openForm', { what: formWhat(locale, openForm) }) : '',
    openFormToken: openForm?.token ?? '',
    // A start pressed on a half-filled form asks before discarding it (forms/discardGuard.ts).
    newInitiativeText: openForm?.registering ? t(locale, 'list.startOver') : t(locale, 'list.newInitiative'),
  };
}

/** `viewerId`: who looks; an initiative they co-own says so, with the owner's name. `openForm`: a form card not sent yet. */
export function initiativeListData(locale: Locale, items: ListItem[], viewerId?: string, openForm?: OpenForm, viewer: ListViewer = LEADER) {
  const coOwned = (i: Initiative) => viewerId !== undefined && i.ownerId.toLowerCase() !== viewerId.toLowerCase();
  return {
    empty: items.length === 0,
    ...openFormData(locale, items.length === 0, openForm, viewer),
    items: items.map(({ initiative, due }) => ({
      id: initiative.id,
      title: initiative.title,
      coOwned: coOwned(initiative),
      coOwnedText: coOwned(initiative) ? t(locale, 'coOwnership.listed', { name: initiative.ownerName }) : '',
      phaseText: t(locale, 'list.phaseOf', {
        n: phaseNumber(initiative.phase),
        label: codeLabel(locale, 'phase', initiative.phase),
      }),
      statusText: statusText(locale, initiative),
      lastReportText: initiative.lastReportAt ? formatDate(initiative.lastReportAt) : t(locale, 'list.noReportYet'),
      dueText: dueText(locale, due),
      // A closed initiative offers «Gjenåpne» instead of «Rapporter».
      closed: isClosed(initiative.status),
    })),
  };
}

/**
 * Per initiative: Rapporter / Rediger / Detaljer ({ verb, initiativeId }); «Nytt tiltak» ({ verb: 'newInitiative' })
 * for a leader, «Utforsk tiltak» ({ verb: 'explore' }) and «Oversikt» for anyone else;
 * and with a form open, «Fortsett skjemaet» ({ verb: 'formShow', token }).
 */
export function initiativeListCard(locale: Locale, items: ListItem[], viewerId?: string, openForm?: OpenForm, viewer?: ListViewer): CardAttachment {
  return cardAttachment(expandCard('initiativeList', locale, initiativeListData(locale, items, viewerId, openForm, viewer)));
}
