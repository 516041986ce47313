// One sheet as a table: a bold header row frozen at the top, an auto filter over the columns,
// real Excel dates (shown in Norwegian order) and column widths that fit the content. Text that
// starts like a formula is written in the Text format, so Excel never evaluates it.
import { PROGRAMME_TIME_ZONE } from '../domain/calendar/timeZone';
import { startsLikeFormula } from '../domain/text/spreadsheetText';
import type ExcelJS from 'exceljs';
import { DateTime } from 'luxon';

export type CellKind = 'text' | 'number' | 'date' | 'datetime';
export type CellInput = string | number | undefined;

export interface Column<R> {
  header: string;
  value: (row: R) => CellInput;
  /** text (default), number, date ('yyyy-mm-dd') or datetime (ISO instant, shown in local time). */
  kind?: CellKind;
}

export const EXPORT_TIME_ZONE = PROGRAMME_TIME_ZONE;
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/**
 * Excel has no time zones: a cell holds a wall-clock time. ExcelJS writes a Date by its UTC
 * fields, so the local Oslo wall clock is put into the UTC fields of the Date it gets.
 */
export function excelDate(value: string, kind: 'date' | 'datetime', timeZone = EXPORT_TIME_ZONE): Date | undefined {
  if (kind === 'date') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  }
  const local = DateTime.fromISO(value, { zone: 'utc' }).setZone(timeZone);
  if (!local.isValid) return undefined;
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

/** Excel's Text number format: what is in the cell is shown and kept as typed. */
const TEXT_FORMAT = '@';
const FORMATS: Record<CellKind, string | undefined> = { text: undefined, number: undefined, date: 'dd.mm.yyyy', datetime: 'dd.mm.yyyy hh:mm' };
const SHOWN_WIDTH: Record<CellKind, number> = { text: 0, number: 0, date: 10, datetime: 16 };

function cellValue(input: CellInput, kind: CellKind): ExcelJS.CellValue {
  if (input === undefined || input === '') return null;
  if (kind === 'date' || kind === 'datetime') return typeof input === 'string' ? (excelDate(input, kind) ?? input) : input;
  return input;
}

/** Adds a sheet named `name` with one row per item of `rows`. */
export function addTable<R>(workbook: ExcelJS.Workbook, name: string, columns: ReadonlyArray<Column<R>>, rows: readonly R[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  const widths = columns.map((c) => c.header.length);
  for (const row of rows) {
    const values = columns.map((c) => cellValue(c.value(row), c.kind ?? 'text'));
    const added = sheet.addRow(values);
    values.forEach((v, i) => {
      // Stays text when edited, never a formula (src/domain/text/spreadsheetText.ts).
      if (typeof v === 'string' && startsLikeFormula(v)) added.getCell(i + 1).numFmt = TEXT_FORMAT;
      const kind = columns[i]!.kind ?? 'text';
      const shown = kind === 'date' || kind === 'datetime' ? SHOWN_WIDTH[kind] : v === null ? 0 : String(v).length;
      if (shown > widths[i]!) widths[i] = shown;
    });
  }
  columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i]! + 2));
    const fmt = FORMATS[c.kind ?? 'text'];
    if (fmt) col.numFmt = fmt;
    if (widths[i]! > MAX_WIDTH) col.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } };
  return sheet;
}
