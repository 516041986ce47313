// The Excel export (eksport, `npm run export`): one workbook with a summary, the initiatives,
// the KS barometer columns, progress reports, ideas and the roster coverage. The caller decides
// the scope (whole municipality, or one sector head's sectors) by the facts it passes in.
import type ExcelJS from 'exceljs';
import type { Overview, ProgrammeFacts } from '../domain/overview/overview';
import { addIdeasSheet, addReportsSheet, addRosterSheet } from './activitySheets';
import { addBarometerSheet, addInitiativesSheet } from './initiativeSheets';
import { labelsFor, type Translate } from './labels';
import { addSummarySheet } from './summarySheet';
import { addParticipantsSheet } from './participantsSheet';
import type { ParticipantRow } from '../domain/leadershipProgramme/participants';

export type { Translate } from './labels';

export interface ExportInput {
  /** The facts of the scope only (see factsForSectors): nothing else ends up in the file. */
  facts: ProgrammeFacts;
  /** The overview counted from the same facts. */
  overview: Overview;
  translate: Translate;
  /** Shown on the summary sheet: the sector(s), or undefined for the whole municipality. */
  scope?: string;
  /** Leadership programme participants (admins' export only). */
  participants?: readonly ParticipantRow[];
}

export function buildWorkbook(input: ExportInput): ExcelJS.Workbook {
  const wb = new (loadExcelJS().Workbook)();
  wb.creator = 'Innovasjonsbot';
  wb.created = new Date(input.overview.generatedAt);
  const l = labelsFor(input.translate);
  const { facts, overview } = input;
  const initiatives = [...facts.initiatives].sort((a, b) => a.sector.localeCompare(b.sector, 'nb') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  addSummarySheet(wb, l, overview, input.scope);
  addInitiativesSheet(wb, l, initiatives);
  addBarometerSheet(wb, l, initiatives);
  addReportsSheet(wb, l, facts.reports, initiatives);
  addIdeasSheet(wb, l, facts.ideas);
  addRosterSheet(wb, l, facts.roster, facts.initiatives, overview);
  if (input.participants) addParticipantsSheet(wb, l, input.participants);
  return wb;
}

/**
 * exceljs and its zip and csv libraries are some 400 modules and tens of MiB: loaded on the first
 * export, not at start-up (most instances never export).
 */
function loadExcelJS(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('exceljs') as typeof ExcelJS;
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(input: ExportInput): Promise<Buffer> {
  const data = await buildWorkbook(input).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** A file name that says what and when: innovasjonsprogrammet-2026-11-30.xlsx. */
export function exportFileName(generatedAt: Date, scope?: string): string {
  const slug = (scope ?? '').normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  return `innovasjonsprogrammet${slug ? `-${slug}` : ''}-${generatedAt.toISOString().slice(0, 10)}.xlsx`;
}
