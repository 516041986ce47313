// Coalesces work on one key (here: updates of one message): at most one run in flight and one
// waiting; a request made while one waits replaces it (the newest wins) and shares its outcome.
// Runs of one key start at least `minIntervalMs` apart (Teams allows a few writes per second
// per conversation). So fifty quick updates of one card cost a handful of calls, and two
// updates of the same message are never on the wire at once (they could land out of order).
interface Slot<T, R> {
  /** Settles when the run in flight (or the last one) is over; never rejects. */
  running: Promise<unknown>;
  busy: boolean;
  startedAt: number;
  waiting?: { value: T; outcome: Promise<R> };
}

export class LatestOnly<T, R> {
  private readonly keys = new Map<string, Slot<T, R>>();

  constructor(
    private readonly run: (value: T) => Promise<R>,
    private readonly minIntervalMs = 0,
  ) {}

  submit(key: string, value: T): Promise<R> {
    const slot = this.keys.get(key) ?? { running: Promise.resolve(), busy: false, startedAt: 0 };
    this.keys.set(key, slot);
    if (slot.waiting) {
      slot.waiting.value = value;
      return slot.waiting.outcome;
    }
    const waiting = { value, outcome: undefined as unknown as Promise<R> };
    slot.waiting = waiting;
    waiting.outcome = slot.running.then(async () => {
      const wait = slot.startedAt + this.minIntervalMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      // From here on a new request waits for this run instead of joining it.
      slot.waiting = undefined;
      slot.busy = true;
      slot.startedAt = Date.now();
      const running = this.run(waiting.value);
      slot.running = running.catch(() => undefined);
      try {
        return await running;
      } finally {
        slot.busy = false;
        this.forgetWhenIdle(key, slot);
      }
    });
    return waiting.outcome;
  }

  /** Drops an idle key once its interval has passed (until then the next run must still wait). */
  private forgetWhenIdle(key: string, slot: Slot<T, R>): void {
    if (slot.busy || slot.waiting || this.keys.get(key) !== slot) return;
    const left = slot.startedAt + this.minIntervalMs - Date.now();
    if (left > 0) setTimeout(() => this.forgetWhenIdle(key, slot), left).unref();
    else this.keys.delete(key);
  }
}
