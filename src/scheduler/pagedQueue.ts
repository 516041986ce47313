// Work that arrives in pages, taken one item at a time by several workers. The next page is read
// while the current one is still being worked on (when fewer than half a page is left), so the
// workers never wait for a page at a page boundary, and at most about two pages are held at once.
export class PagedQueue<T> {
  private readonly items: T[] = [];
  private reading: Promise<void> | undefined;
  private done = false;
  /** A page that could not be read: every later take() throws it (no page is skipped silently). */
  private failure: { err: unknown } | undefined;

  constructor(
    private readonly pages: AsyncIterator<T[]>,
    /** Read ahead when fewer items than this are left. */
    private readonly lowWater: number,
  ) {}

  /** The next item, or undefined when every page has been taken. */
  async take(): Promise<T | undefined> {
    while (this.items.length === 0 && !this.done) await this.readNext();
    if (this.items.length === 0 && this.failure) throw this.failure.err;
    const item = this.items.shift();
    if (this.items.length < this.lowWater && !this.done) void this.readNext().catch(() => undefined);
    return item;
  }

  private readNext(): Promise<void> {
    this.reading ??= (async () => {
      try {
        const page = await this.pages.next();
        if (page.done) this.done = true;
        else this.items.push(...page.value);
      } catch (err) {
        this.failure = { err };
        this.done = true;
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }
}
