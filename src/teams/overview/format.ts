import { PROGRAMME_TIME_ZONE } from '../../domain/calendar/timeZone';
// Numbers and dates on overview cards, in Norwegian format (1 234; 3,5; 30. november 2026).

const numbers = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

export const formatNumber = (n: number): string => numbers.format(n);

export function formatInstant(iso: string, timeZone = PROGRAMME_TIME_ZONE): string {
  return new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

const BAR_WIDTH = 20;

/** A text bar for clients without charts: as many blocks as the value's share of the largest. */
export function textBar(value: number, max: number): string {
  if (max <= 0 || value <= 0) return '';
  return '█'.repeat(Math.max(1, Math.round((value / max) * BAR_WIDTH)));
}
