// How many messages one person's button presses may cause the bot to send someone else in a day.
// Whatever a button promises («Lagre», «Send», a forged submit sent in a loop), the recipient hears
// at most a few times a day from the same sender about the same thing.
//
// The bound is kept exact by the exactly-once ledger, not by counting: the allowance is a fixed
// list of ledger keys (slot 1, 2, 3 of this scope on this Oslo day), and a message goes out only
// after it has created one of them (create-if-absent). Two presses racing on two instances can
// never take the same slot, so no read-then-write window lets a fourth through. A slot remembers
// which message took it, so a retry of the same message finds its own slot instead of a new one.
import { localDateOf, type IsoDate } from '../calendar/localDate';
import { PROGRAMME_TIME_ZONE } from '../calendar/timeZone';

export interface DailyAllowance {
  /** The ledger keys to claim, first free first; as many as the messages allowed that day. */
  keys: string[];
  /** The Oslo day the allowance is for (the ledger's period). */
  period: IsoDate;
}

/** `perDay` slots of `scope` (e.g. kind, initiative, recipient and sender) on today's Oslo date. */
export function dailyAllowance(scope: string, perDay: number, now: Date): DailyAllowance {
  const period = localDateOf(now, PROGRAMME_TIME_ZONE);
  return { period, keys: Array.from({ length: perDay }, (_, i) => `${scope}:${period}:${i + 1}`) };
}
