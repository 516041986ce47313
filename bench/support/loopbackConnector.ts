// A small stand-in for the Bot Framework connector (what `serviceUrl` points at) for benchmarks.
// It answers like Teams, counts what it receives per conversation (duplicates, lost), keeps the
// last activity per conversation when asked (multi-step flows), and can enforce a request rate
// with a token bucket: beyond it, 429 with Retry-After, as Teams throttles.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorOptions {
  /** Requests per second allowed (token bucket); 0 = unlimited. */
  ratePerSecond?: number;
  /** Bucket size: requests allowed at once (default one second's worth). */
  burst?: number;
  /** Answer each call after this many ms (throttled answers come at once). */
  latencyMs?: number;
  /** Plus up to this many ms at random (so that two senders' calls overtake each other). */
  jitterMs?: number;
  /** Keep the last activity sent to these conversations (multi-step flows read their cards). */
  keepLast?: (conversationId: string) => boolean;
}

export interface LoopbackConnector {
  url: string;
  /** Activities POSTed per conversation id (new messages and replies). */
  readonly postsByConversation: Map<string, number>;
  readonly lastByConversation: Map<string, any>;
  /** The last card update (PUT) per activity id, in the conversations kept by `keepLast`. */
  readonly lastPutByActivity: Map<string, any>;
  stats(): { requests: number; posts: number; puts: number; throttled: number };
  reset(): void;
  stop(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startLoopbackConnector(options: ConnectorOptions = {}): Promise<LoopbackConnector> {
  const rate = options.ratePerSecond ?? 0;
  const burst = options.burst ?? rate;
  let tokens = burst;
  let refilledAt = Date.now();
  let counter = 0;
  const counts = { requests: 0, posts: 0, puts: 0, throttled: 0 };
  const postsByConversation = new Map<string, number>();
  const lastByConversation = new Map<string, any>();
  const lastPutByActivity = new Map<string, any>();

  /** Takes one token, or says how many ms until the next one. */
  const take = (): number => {
    if (rate <= 0) return 0;
    const now = Date.now();
    tokens = Math.min(burst, tokens + ((now - refilledAt) / 1000) * rate);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - tokens) / rate) * 1000);
  };

  const server = http.createServer(async (req, res) => {
    const text = await readBody(req).catch(() => '');
    counts.requests++;
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    const waitMs = take();
    if (waitMs > 0) {
      counts.throttled++;
      return json(429, { error: { code: 'Throttled', message: 'too many requests' } }, { 'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))) });
    }
    const latency = (options.latencyMs ?? 0) + Math.random() * (options.jitterMs ?? 0);
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));
    const url = new URL(req.url ?? '/', 'http://localhost');
    // /v3/conversations[/:conversationId[/activities[/:activityId]] | /members[/:memberId]]
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return json(404, { error: { code: 'NotFound' } });
    if (parts.length === 2 && req.method === 'POST') {
      counter++;
      return json(201, { id: `a:created-${counter}`, activityId: `act-${counter}` });
    }
    const conversationId = parts[2]!;
    if (parts[3] === 'members') {
      // Every member exists: a first-contact user is looked up like in Teams.
      const id = parts[4] ?? 'unknown';
      return json(200, parts[4] ? { id, name: 'Bruker', aadObjectId: id, userPrincipalName: `${id}@kommune.no`, email: `${id}@kommune.no` } : []);
    }
    if (parts[3] === 'activities') {
      if (req.method === 'POST') {
        counts.posts++;
        postsByConversation.set(conversationId, (postsByConversation.get(conversationId) ?? 0) + 1);
        if (options.keepLast?.(conversationId) && text) lastByConversation.set(conversationId, JSON.parse(text));
        counter++;
        return json(200, { id: `act-${counter}` });
      }
      if (req.method === 'PUT') {
        counts.puts++;
        // Recorded after the latency, when Teams would apply it: with jitter, a PUT sent earlier
        // can land after one sent later (two instances updating one card).
        if (options.keepLast?.(conversationId) && text && parts[4]) lastPutByActivity.set(parts[4], JSON.parse(text));
        return json(200, { id: parts[4] });
      }
      if (req.method === 'DELETE') return json(200, {});
    }
    return json(404, { error: { code: 'NotFound' } });
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    postsByConversation,
    lastByConversation,
    lastPutByActivity,
    stats: () => ({ ...counts }),
    reset() {
      counts.requests = counts.posts = counts.puts = counts.throttled = 0;
      postsByConversation.clear();
      lastByConversation.clear();
      lastPutByActivity.clear();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
