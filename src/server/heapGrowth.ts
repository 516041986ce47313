// How far V8 lets the heap grow between full garbage collections. By default it may grow to four
// times what was live after the last one when collecting looks cheap: the bot's live heap is
// about 50 MiB, but under 50 connections on Cosmos the heap filled with 150-200 MiB of garbage
// before it was collected (RSS about 300 MiB). Twice the live heap kept RSS near 210 MiB with the
// same CPU per turn and latency (docs/BENCHMARKS.md, «Memory after load»).
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 100;

/**
 * Called once at start-up, before the app is built. V8 reads this flag each time it sets the next
 * collection limit, so setting it at run time works like `node --heap-growing-percent=100`.
 */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
