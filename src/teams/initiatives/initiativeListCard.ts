// `mine tiltak`: the leader's initiatives with phase, status and what is due (cards/initiativeList.json).
import type { Initiative } from '../../domain/initiative/initiative';
import { isClosed } from '../../domain/initiative/rules';
import { t, type Locale } from '../../i18n';
import { codeLabel, formatDate, phaseNumber } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';

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

/** `viewerId`: who looks; an initiative they co-own says so, with the owner's name. */
export function initiativeListData(locale: Locale, items: ListItem[], viewerId?: string) {
  const coOwned = (i: Initiative) => viewerId !== undefined && i.ownerId.toLowerCase() !== viewerId.toLowerCase();
  return {
    empty: items.length === 0,
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

/** Per initiative: Rapporter / Rediger / Detaljer ({ verb, initiativeId }); and «Nytt tiltak» ({ verb: 'newInitiative' }). */
export function initiativeListCard(locale: Locale, items: ListItem[], viewerId?: string): CardAttachment {
  return cardAttachment(expandCard('initiativeList', locale, initiativeListData(locale, items, viewerId)));
}
