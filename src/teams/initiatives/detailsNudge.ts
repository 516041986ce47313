// The gentle reminder after a short registration: one line and a button that opens `rediger` on
// the initiative, so the KS fields left for later are one click away (cards/detailsNudge.json).
import type { Initiative } from '../../domain/initiative/initiative';
import type { Locale } from '../../i18n';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';

/** True when a KS field that registration let the leader skip is still missing. */
export function lacksDetails(i: Initiative): boolean {
  return (
    !i.innovationTypes?.length ||
    !i.employeeInvolvement?.length ||
    i.employeesInvolved === undefined ||
    !i.benefits?.length ||
    !i.startDate ||
    !i.plannedInUseDate
  );
}

export function detailsNudgeData(locale: Locale, initiative: Pick<Initiative, 'id' | 'title'>) {
  return { title: initiative.title, initiativeId: initiative.id };
}

export function detailsNudgeCard(locale: Locale, initiative: Pick<Initiative, 'id' | 'title'>): CardAttachment {
  return cardAttachment(expandCard('detailsNudge', locale, detailsNudgeData(locale, initiative)));
}
