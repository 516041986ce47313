// The reminder job's page queue: every item once and in order across pages, the next page read
// ahead before the current one runs out, and a page that cannot be read fails the run instead of
// being skipped.
import { PagedQueue } from '../../src/scheduler/pagedQueue';

async function* pagesOf(pages: number[][], reads: { n: number }, failAt?: number) {
  for (const [i, page] of pages.entries()) {
    if (i === failAt) throw new Error('store unavailable');
    reads.n++;
    yield page;
  }
}

describe('PagedQueue', () => {
  it('hands out every item once, in order, to several takers', async () => {
    const reads = { n: 0 };
    const queue = new PagedQueue(pagesOf([[1, 2, 3], [], [4, 5], [6]], reads), 2);
    const got: number[] = [];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        for (let x = await queue.take(); x !== undefined; x = await queue.take()) got.push(x);
      }),
    );
    expect(got).toEqual([1, 2, 3, 4, 5, 6]);
    expect(reads.n).toBe(4);
  });

  it('reads the next page while items of the current one are left', async () => {
    const reads = { n: 0 };
    const queue = new PagedQueue(pagesOf([[1, 2, 3, 4], [5, 6, 7, 8]], reads), 2);
    await queue.take();
    await queue.take();
    await queue.take(); // one left of the first page: below the low-water mark
    await new Promise((r) => setImmediate(r));
    expect(reads.n).toBe(2);
  });

  it('fails when a page cannot be read, after the items already read', async () => {
    const queue = new PagedQueue(pagesOf([[1], [2], [3]], { n: 0 }, 1), 0);
    expect(await queue.take()).toBe(1);
    await expect(queue.take()).rejects.toThrow('store unavailable');
    await expect(queue.take()).rejects.toThrow('store unavailable');
  });
});
