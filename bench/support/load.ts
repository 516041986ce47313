// A closed-loop load generator: `connections` workers, each sends its next request as soon as
// the previous one answered, over keep-alive HTTP connections, for a fixed time.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  /** Timed requests. */
  requests: number;
  /** Every request sent, timed or not (CPU and store operations are divided by this). */
  posts: number;
  /** Latencies of the timed requests, sorted (ms). */
  latencies: number[];
  errors: number;
  /** Failed requests by HTTP status ('error' for a failed connection). */
  errorsByStatus: Record<string, number>;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface PostResult {
  status: number;
  body: string;
}

export function poster(baseUrl: string, connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL('/api/messages', baseUrl);
  const post = (activity: unknown): Promise<PostResult> =>
    new Promise((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify(activity));
      const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  return { post, close: () => agent.destroy() };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs `step(worker, post)` in a loop on each worker for `seconds`. A step returns the latency
 * (ms) of the request it wants counted, or undefined for an untimed set-up request.
 */
export async function closedLoop(
  baseUrl: string,
  connections: number,
  seconds: number,
  step: (worker: number, post: (a: unknown) => Promise<PostResult>) => Promise<number | undefined>,
): Promise<LoadResult> {
  const { post, close } = poster(baseUrl, connections);
  const latencies: number[] = [];
  let errors = 0;
  let posts = 0;
  const errorsByStatus: Record<string, number> = {};
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const checked = async (a: unknown) => {
    posts++;
    const r = await post(a).catch((err: unknown) => {
      errorsByStatus.error = (errorsByStatus.error ?? 0) + 1;
      throw err;
    });
    if (r.status >= 300) {
      errors++;
      errorsByStatus[r.status] = (errorsByStatus[r.status] ?? 0) + 1;
    }
    return r;
  };
  await Promise.all(
    Array.from({ length: connections }, async (_, w) => {
      while (performance.now() < deadline) {
        try {
          const ms = await step(w, checked);
          if (ms !== undefined) latencies.push(ms);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  close();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    posts,
    latencies,
    errors,
    errorsByStatus,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

/** Times one request. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
