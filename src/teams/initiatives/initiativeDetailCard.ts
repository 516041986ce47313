// One initiative in full: the phase step bar, facts, texts, benefits and recent reports (cards/initiativeDetail.json).
import { PHASES, type Phase } from '../../domain/initiative/codes';
import type { Initiative, ProgressReport } from '../../domain/initiative/initiative';
import { listText, t, type Locale } from '../../i18n';
import { codeLabel, codeLabels, formatDate, phaseLabel, phaseNumber } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';
import { reuseInfoData } from '../explore/exploreCards';
import { isClosed } from '../../domain/initiative/rules';
import type { InitiativeChange } from '../../domain/initiative/reopen';
import type { EditableField } from '../../domain/initiative/edit';

/**
 * The phase steps as a short vertical list, one line a phase: phases before the current one
 * 'good' with a check, the current one 'accent', bold and marked «nå». Six columns side by side
 * broke the longer names mid-word at Teams' narrowest card width (about 280 px).
 */
export function phaseBar(locale: Locale, current: Phase) {
  const at = phaseNumber(current);
  return PHASES.map((p, i) => {
    const n = i + 1;
    const label = codeLabel(locale, 'phase', p);
    const key = n < at ? 'detail.phaseStep.done' : n === at ? 'detail.phaseStep.current' : 'detail.phaseStep.ahead';
    return {
      text: t(locale, key, { n, label }),
      color: n < at ? 'Good' : n === at ? 'Accent' : 'Default',
      weight: n === at ? 'Bolder' : 'Default',
      reached: n <= at,
    };
  });
}

/** The changed fields of an edit in words: «navn, fase og mål». */
export function changedFieldsText(locale: Locale, fields: readonly string[]): string {
  return listText(locale, fields.map((f) => t(locale, `detail.changeFields.${f as EditableField}`)));
}

/** How many changes (edits, reopenings) the card lists, newest first. */
const CHANGES_SHOWN = 3;

function changeLines(locale: Locale, changes: readonly InitiativeChange[]): Array<{ text: string }> {
  return [...changes]
    .reverse()
    .slice(0, CHANGES_SHOWN)
    .map((c) => {
      const date = formatDate(c.at);
      if (c.kind === 'reopened') return { text: t(locale, 'detail.changeReopened', { date, name: c.byName }) };
      return { text: t(locale, 'detail.changeEdited', { date, name: c.byName, fields: changedFieldsText(locale, c.fields) }) };
    });
}

/** `coOwnerNames`: the co-owners' names as the roster has them (the initiative stores ids). */
export function initiativeDetailData(locale: Locale, initiative: Initiative, reports: ProgressReport[], coOwnerNames: readonly string[] = []) {
  const none = t(locale, 'detail.none');
  const orNone = (s: string) => (s === '' ? none : s);
  const facts = [
    {
      title: t(locale, 'detail.phase'),
      value: phaseLabel(locale, initiative.phase),
    },
    {
      title: t(locale, 'detail.status'),
      value: codeLabel(locale, 'status', initiative.status),
    },
    ...(initiative.progress
      ? [
          {
            title: t(locale, 'detail.progress'),
            value: codeLabel(locale, 'progress', initiative.progress),
          },
        ]
      : []),
    {
      title: t(locale, 'detail.beneficiaries'),
      value: orNone(codeLabels(locale, 'beneficiary', initiative.beneficiaries)),
    },
    {
      title: t(locale, 'detail.innovationTypes'),
      value: orNone(codeLabels(locale, 'innovationType', initiative.innovationTypes)),
    },
    {
      title: t(locale, 'detail.employeeInvolvement'),
      value: orNone(codeLabels(locale, 'employeeInvolvement', initiative.employeeInvolvement)),
    },
    {
      title: t(locale, 'detail.startDate'),
      value: initiative.startDate ? formatDate(initiative.startDate) : none,
    },
    {
      title: t(locale, 'detail.plannedInUseDate'),
      value: initiative.plannedInUseDate ? formatDate(initiative.plannedInUseDate) : none,
    },
    ...(initiative.closing?.inUseDate
      ? [
          {
            title: t(locale, 'detail.inUseDate'),
            value: formatDate(initiative.closing.inUseDate),
          },
        ]
      : []),
    ...(coOwnerNames.length > 0 ? [{ title: t(locale, 'detail.coOwners'), value: coOwnerNames.join(', ') }] : []),
    {
      title: t(locale, 'detail.lastReportDate'),
      value: initiative.lastReportAt ? formatDate(initiative.lastReportAt) : t(locale, 'list.noReportYet'),
    },
  ];
  const latest = [...reports]
    .filter((r) => r.initiativeId === initiative.id)
    .sort((a, b) => b.reportedAt.localeCompare(a.reportedAt))
    .slice(0, 3);
  return {
    id: initiative.id,
    // A closed initiative offers «Gjenåpne» instead of «Rapporter».
    closed: isClosed(initiative.status),
    title: initiative.title,
    ownerName: initiative.ownerName,
    unit: initiative.unit,
    sector: initiative.sector,
    problem: initiative.problem,
    goal: initiative.goal,
    phaseBar: phaseBar(locale, initiative.phase),
    facts,
    hasBenefits: (initiative.benefits ?? []).length > 0,
    hasChanges: (initiative.changes ?? []).length > 0,
    changes: changeLines(locale, initiative.changes ?? []),
    benefits: (initiative.benefits ?? []).map((b) => ({
      typeLabel: codeLabel(locale, 'benefitType', b.type),
      description: b.description,
    })),
    ...reuseInfoData(locale, initiative),
    hasReports: latest.length > 0,
    reports: latest.map((r) => ({
      text: `${formatDate(r.reportedAt)} · ${phaseLabel(locale, r.phase)} · ${codeLabel(locale, 'progress', r.progress)}`,
    })),
  };
}

/** The phase step bar, facts, texts, benefits, the last 3 reports; Rapporter / Rediger. */
export function initiativeDetailCard(locale: Locale, initiative: Initiative, reports: ProgressReport[], coOwnerNames: readonly string[] = []): CardAttachment {
  return cardAttachment(expandCard('initiativeDetail', locale, initiativeDetailData(locale, initiative, reports, coOwnerNames)));
}
