import { PROGRAMME_TIME_ZONE } from '../../domain/calendar/timeZone';
/** Today's date in Norway as 'yyyy-mm-dd' (the programme's dates are Norwegian local dates). */
export function osloToday(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: PROGRAMME_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
