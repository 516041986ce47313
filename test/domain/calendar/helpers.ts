// Test helpers: build instants from Oslo wall-clock times so tests read like the rules.
import { DateTime } from 'luxon';

/** 'yyyy-MM-ddTHH:mm' in Europe/Oslo → the UTC instant. */
export function oslo(localDateTime: string): Date {
  const dt = DateTime.fromISO(localDateTime, { zone: 'Europe/Oslo' });
  if (!dt.isValid) throw new Error(`bad test time ${localDateTime}`);
  return dt.toJSDate();
}

/** The instant as Oslo wall-clock 'yyyy-MM-ddTHH:mm', for readable assertions. */
export function osloText(instant: Date | undefined): string | undefined {
  return instant && DateTime.fromJSDate(instant, { zone: 'Europe/Oslo' }).toFormat("yyyy-MM-dd'T'HH:mm");
}
