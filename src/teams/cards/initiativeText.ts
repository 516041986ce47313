// Text helpers shared by the initiative cards: code labels, dates and field error texts.
import { PROGRAMME_TIME_ZONE } from '../../domain/calendar/timeZone';
import { DateTime } from 'luxon';
import { CODE_LISTS, PHASES, type CodeListName, type Phase } from '../../domain/initiative/codes';
import type { FieldError } from '../../domain/initiative/formTypes';
import { strings, t, type Locale } from '../../i18n';

export const OSLO = PROGRAMME_TIME_ZONE;

/** The label of `code` in list `list` (`codes.<list>.<code>`); the code itself if unknown. */
export function codeLabel(locale: Locale, list: CodeListName, code: string): string {
  const labels = strings(locale).codes[list] as Record<string, string | undefined>;
  return labels[code] ?? code;
}

/** Labels of several codes, comma-separated, in the given order. */
export function codeLabels(locale: Locale, list: CodeListName, codes: readonly string[] | undefined): string {
  return (codes ?? []).map((c) => codeLabel(locale, list, c)).join(', ');
}

export interface Choice {
  title: string;
  value: string;
}

/** Adaptive Card choices for a whole code list. */
export function codeChoices(locale: Locale, list: CodeListName): Choice[] {
  return (CODE_LISTS[list] as readonly string[]).map((value) => ({ title: codeLabel(locale, list, value), value }));
}

/** 1-based number of a phase (1 Forankring ... 6 Ny praksis). */
export function phaseNumber(phase: Phase | string): number {
  return (PHASES as readonly string[]).indexOf(phase) + 1;
}

/** The phase with its number, e.g. «2 Innsikt». */
export function phaseLabel(locale: Locale, phase: Phase | string): string {
  const n = phaseNumber(phase);
  const name = codeLabel(locale, 'phase', phase);
  return n > 0 ? `${n} ${name}` : name;
}

/** The text of a field error, from `validation.<code>`. */
export function fieldErrorText(locale: Locale, error: FieldError): string {
  const [list, code] = (error.option ?? '').split('.');
  const none = list && code && list in CODE_LISTS ? codeLabel(locale, list as CodeListName, code) : '';
  return t(locale, `validation.${error.code}`, { max: formatNumber(error.max), min: formatNumber(error.min ?? 0), none });
}

/** Numbers as Norwegians write them: «100 000» (a space between thousands) in both languages. */
export function formatNumber(n: number | undefined): string {
  if (n === undefined) return '';
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/**
 * 'yyyy-mm-dd' (a local date, shown as is) or an ISO instant (shown as its date in
 * Europe/Oslo) -> 'dd.mm.yyyy', the Norwegian format, in both languages. Anything else is
 * returned unchanged.
 */
export function formatDate(isoDate: string): string {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (plain) return `${plain[3]}.${plain[2]}.${plain[1]}`;
  const instant = DateTime.fromISO(isoDate, { zone: 'utc' });
  return instant.isValid ? instant.setZone(OSLO).toFormat('dd.LL.yyyy') : isoDate;
}
