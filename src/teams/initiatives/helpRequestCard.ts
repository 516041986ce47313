// Sent to the sector head when a leader asks for help in a report (cards/helpRequest.json).
import type { Initiative, ProgressReport } from '../../domain/initiative/initiative';
import { t, type Locale } from '../../i18n';
import { codeLabel, codeLabels, formatDate, phaseLabel } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';

export function helpRequestData(locale: Locale, initiative: Initiative, report: ProgressReport) {
  const help = report.helpNeeded.filter((h) => h !== 'none');
  return {
    id: initiative.id,
    // Who asks: the one who reported (the owner or a co-owner).
    askedByName: report.reportedByName || initiative.ownerName,
    unit: initiative.unit,
    sector: initiative.sector,
    title: initiative.title,
    helpText: report.helpText ?? '',
    hasHelpText: (report.helpText ?? '').trim() !== '',
    facts: [
      {
        title: t(locale, 'helpRequest.helpWith'),
        value: codeLabels(locale, 'helpNeeded', help.length > 0 ? help : report.helpNeeded),
      },
      {
        title: t(locale, 'helpRequest.situation'),
        value: `${phaseLabel(locale, report.phase)} · ${codeLabel(locale, 'status', report.status)} · ${codeLabel(locale, 'progress', report.progress)}`,
      },
      {
        title: t(locale, 'helpRequest.reportedAt'),
        value: formatDate(report.reportedAt),
      },
    ],
  };
}

/** Sent to the sector head: who asks, which initiative, what help and the text. No buttons. */
export function helpRequestCard(locale: Locale, initiative: Initiative, report: ProgressReport): CardAttachment {
  return cardAttachment(expandCard('helpRequest', locale, helpRequestData(locale, initiative, report)));
}
