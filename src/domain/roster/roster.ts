// The programme roster: the leaders expected to take part, as HR/IT deliver them in a CSV file.
// Documented format (docs for HR and IT): UTF-8 with or without BOM, comma or semicolon separated
// (Norwegian Excel writes semicolons), a header row
//   name,email,aadObjectId,unit,sector,sectorHeadEmail
// aadObjectId may be empty; columns may come in any order; quotes as in RFC 4180.
import type { LeavePeriodRecord } from '../reminders/availability';
import { csvSafeText, fromCsvSafeText } from '../text/spreadsheetText';

export const ROSTER_COLUMNS = ['name', 'email', 'aadObjectId', 'unit', 'sector', 'sectorHeadEmail'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** The fields the CSV owns; re-importing the same row changes nothing. */
export interface RosterRow {
  name: string;
  email: string;
  aadObjectId?: string;
  unit: string;
  sector: string;
  sectorHeadEmail?: string;
}

export interface RosterEntry extends RosterRow {
  /** Lower-case e-mail (UPN): the key HR and Teams agree on. */
  id: string;
  /** Entra object id learnt when the leader first talked to the bot (if not in the CSV). */
  matchedAadObjectId?: string;
  matchedAt?: string;
  /** Set by the leader from a nudge ("Minn meg på om en uke"): no nudges before this instant. */
  snoozedUntil?: string;
  /** Registered leave ("Jeg har permisjon til ..."). */
  leave?: LeavePeriodRecord[];
  importedAt: string;
  updatedAt: string;
}

export interface RejectedRow {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  reason: string;
  raw: string;
}

export interface ParsedRoster {
  rows: Array<{ line: number; row: RosterRow }>;
  rejected: RejectedRow[];
  /** A problem with the whole file (no header, missing columns): nothing can be imported. */
  fatal?: string;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const rosterIdFor = (email: string): string => email.trim().toLowerCase();

/** The Entra object id to reach the leader by: from the CSV, else learnt on first contact. */
export function aadIdOf(entry: Pick<RosterEntry, 'aadObjectId' | 'matchedAadObjectId'>): string | undefined {
  return entry.aadObjectId || entry.matchedAadObjectId || undefined;
}

/** Splits CSV text into records of fields (RFC 4180 quoting, CRLF or LF), with their line numbers. */
export function splitCsv(text: string, delimiter: string): Array<{ line: number; fields: string[]; raw: string }> {
  const out: Array<{ line: number; fields: string[]; raw: string }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let rawStart = 0;
  const push = (end: number) => {
    fields.push(field);
    const raw = text.slice(rawStart, end);
    if (!(fields.length === 1 && fields[0]!.trim() === '')) out.push({ line: recordLine, fields, raw });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      push(i);
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
      rawStart = i + 1;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) push(text.length);
  return out;
}

/** Semicolon when the header has more semicolons than commas (Norwegian Excel), else comma. */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export function parseRosterCsv(input: string): ParsedRoster {
  const text = input.replace(/^\uFEFF/, '');
  const records = splitCsv(text, detectDelimiter(text));
  const header = records.shift();
  if (!header) return { rows: [], rejected: [], fatal: 'the file is empty' };
  const names = header.fields.map((h) => h.trim().replace(/^\uFEFF/, ''));
  const index = new Map<string, number>();
  names.forEach((n, i) => {
    const known = ROSTER_COLUMNS.find((c) => c.toLowerCase() === n.toLowerCase());
    if (known) index.set(known, i);
  });
  const missing = ROSTER_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) return { rows: [], rejected: [], fatal: `the header row lacks the column(s) ${missing.join(', ')} (expected ${ROSTER_COLUMNS.join(',')})` };

  const rows: ParsedRoster['rows'] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of records) {
    // An export of ours puts an apostrophe before text that starts like a formula: taken off.
    const get = (c: RosterColumn) => fromCsvSafeText((rec.fields[index.get(c)!] ?? '').trim());
    const problems: string[] = [];
    const row: RosterRow = { name: get('name'), email: get('email'), unit: get('unit'), sector: get('sector') };
    const aad = get('aadObjectId');
    const head = get('sectorHeadEmail');
    if (!row.name) problems.push('name is empty');
    if (!row.email) problems.push('email is empty');
    else if (!EMAIL.test(row.email)) problems.push(`email "${row.email}" is not an e-mail address`);
    if (aad && !GUID.test(aad)) problems.push(`aadObjectId "${aad}" is not an Entra object id (GUID)`);
    if (!row.unit) problems.push('unit is empty');
    if (!row.sector) problems.push('sector is empty');
    if (head && !EMAIL.test(head)) problems.push(`sectorHeadEmail "${head}" is not an e-mail address`);
    if (rec.fields.length > names.length && rec.fields.slice(names.length).some((f) => f.trim())) problems.push('the row has more fields than the header');
    if (!problems.length) {
      const id = rosterIdFor(row.email);
      const first = seen.get(id);
      if (first !== undefined) problems.push(`email ${row.email} is also on line ${first}`);
      else seen.set(id, rec.line);
    }
    if (problems.length) {
      rejected.push({ line: rec.line, reason: problems.join('; '), raw: rec.raw });
      continue;
    }
    if (aad) row.aadObjectId = aad.toLowerCase();
    if (head) row.sectorHeadEmail = rosterIdFor(head);
    rows.push({ line: rec.line, row });
  }
  return { rows, rejected };
}

export type ImportAction = 'added' | 'changed' | 'unchanged';

/** What importing `row` does to `existing`; undefined entry = nothing to write. */
export function applyRosterRow(existing: RosterEntry | undefined, row: RosterRow, now: Date): { action: ImportAction; entry?: RosterEntry } {
  const stamp = now.toISOString();
  const id = rosterIdFor(row.email);
  if (!existing) return { action: 'added', entry: { ...row, id, importedAt: stamp, updatedAt: stamp } };
  const same = ROSTER_COLUMNS.every((c) => (existing[c] ?? '') === (row[c] ?? ''));
  if (same) return { action: 'unchanged' };
  // Only the CSV's fields change: snooze, leave and the learnt Teams identity are kept.
  const entry: RosterEntry = { ...existing, ...row, id, importedAt: stamp, updatedAt: stamp };
  if (!row.aadObjectId) delete entry.aadObjectId;
  if (!row.sectorHeadEmail) delete entry.sectorHeadEmail;
  return { action: 'changed', entry };
}

/** A field of the exported CSV: quoted where needed, and never read as a formula by Excel. */
function csvField(value: string | undefined, delimiter: string): string {
  const v = csvSafeText(value ?? '');
  return /["\r\n]/.test(v) || v.includes(delimiter) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The roster as CSV in the import format (re-importable as is), sorted by e-mail. */
export function rosterToCsv(entries: readonly RosterEntry[], delimiter: ',' | ';' = ','): string {
  const lines = [ROSTER_COLUMNS.join(delimiter)];
  for (const e of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    lines.push(ROSTER_COLUMNS.map((c) => csvField(c === 'aadObjectId' ? aadIdOf(e) : e[c], delimiter)).join(delimiter));
  }
  return lines.join('\r\n') + '\r\n';
}
