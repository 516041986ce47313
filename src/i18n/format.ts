// Language-aware formatting shared by the cards and the command-line reports (the dry run):
// dates as Norwegians write them and the labels of coded choices.
import { DateTime } from 'luxon';
import { PROGRAMME_TIME_ZONE } from '../domain/calendar/timeZone';
import type { CodeListName } from '../domain/initiative/codes';
import { strings, type Locale } from './index';

/** The label of `code` in list `list` (`codes.<list>.<code>`); the code itself if unknown. */
export function codeLabel(locale: Locale, list: CodeListName, code: string): string {
  const labels = strings(locale).codes[list] as Record<string, string | undefined>;
  return labels[code] ?? code;
}

/**
 * 'yyyy-mm-dd' (a local date, shown as is) or an ISO instant (shown as its date in the
 * programme's zone) -> 'dd.mm.yyyy', the Norwegian format, in both languages. Anything else is
 * returned unchanged.
 */
export function formatDate(isoDate: string): string {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (plain) return `${plain[3]}.${plain[2]}.${plain[1]}`;
  const instant = DateTime.fromISO(isoDate, { zone: 'utc' });
  return instant.isValid ? instant.setZone(PROGRAMME_TIME_ZONE).toFormat('dd.LL.yyyy') : isoDate;
}
