// Text that a spreadsheet takes for a formula (CSV/Excel injection, OWASP): a cell that starts
// with =, +, - or @ is evaluated when it is typed, opened from CSV or edited and confirmed, and
// a leading tab or carriage return hides such a start in some programs. Titles, names and
// report texts come from users and the roster, so files the bot writes keep them as text: the
// Excel export marks such cells as Text (src/export/table.ts), the roster CSV puts an
// apostrophe in front (src/domain/roster/roster.ts, taken off again on import).

const FORMULA_START = /^[=+\-@\t\r]/;

export function startsLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/** For a CSV field: an apostrophe in front of text that starts like a formula (Excel shows it as text). */
export function csvSafeText(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}

/** The other way, on import: the apostrophe csvSafeText put in front is taken off again. */
export function fromCsvSafeText(value: string): string {
  return value.startsWith("'") && startsLikeFormula(value.slice(1)) ? value.slice(1) : value;
}
