// The HTTP edge: restify with the bot endpoint and the health probes App Service uses.
// The body is read here, not by restify's body parser (see readBody.ts); answers carry a short
// fixed error word, never internal error text.
import type { IncomingMessage, ServerResponse } from 'node:http';
import restify from 'restify';
import type { Logger } from '../logger';
import { activityShape } from './activityShape';
import { BodyError, checkJsonHeaders, parseJson, readLimitedBody } from './readBody';

/** Teams activities are small; a card submit with every field filled stays far below this. */
export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_JSON_DEPTH = 64;
const ERROR_WORDS = { 400: 'bad request', 408: 'request timeout', 413: 'too large', 415: 'unsupported media type' } as const;

export interface HttpServerDeps {
  logger: Logger;
  /** Processes one activity whose JSON and shape are valid; says what to answer. */
  handleActivity(activity: Record<string, unknown>, authHeader: string | undefined): Promise<{ status: number; body?: unknown }>;
  /** Resolves when storage answers and can write; rejects otherwise. */
  checkReady(): Promise<void>;
  /** Time limit for reading a whole request body. */
  bodyTimeoutMs: number;
  /** How long a readiness answer is reused (the probe writes to the store; anyone can call it). */
  readinessCacheMs: number;
}

export interface HttpServer {
  listen(port: number, host: string): Promise<number>;
  /** Stops taking requests and waits (up to timeoutMs) for the turns in flight. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createHttpServer(deps: HttpServerDeps): HttpServer {
  const server = restify.createServer({ name: 'innovasjonsbot', handleUncaughtExceptions: false });
  // Node's own limits (checked every 30 s) stay as a backstop for slow headers; the body has its
  // own deadline in readLimitedBody.
  server.server.headersTimeout = 20_000;
  server.server.requestTimeout = Math.max(30_000, deps.bodyTimeoutMs * 2);
  let inFlight = 0;
  let stopping = false;
  const idleWaiters: Array<() => void> = [];

  server.post('/api/messages', async (req, res) => {
    if (stopping) {
      res.header('Retry-After', '5');
      res.send(503, { error: 'shutting down' });
      return;
    }
    inFlight++;
    try {
      checkJsonHeaders(req);
      const json = parseJson(await readLimitedBody(req, MAX_BODY_BYTES, deps.bodyTimeoutMs), MAX_JSON_DEPTH);
      const shape = activityShape.safeParse(json);
      if (!shape.success) throw new BodyError(400, 'not a Bot Framework activity');
      const auth = req.headers.authorization;
      const answer = await deps.handleActivity(shape.data, typeof auth === 'string' ? auth : undefined);
      if (answer.body === undefined) res.send(answer.status);
      else res.send(answer.status, answer.body);
    } catch (err) {
      if (err instanceof BodyError) {
        deps.logger.info({ statusCode: err.status, reason: err.reason }, 'rejected request');
        const closing = err.status === 413 || err.status === 408;
        if (closing) res.header('Connection', 'close');
        if (!res.headersSent) res.send(err.status, { error: ERROR_WORDS[err.status] });
        // A slow client may never read the answer; do not keep its socket around for it.
        if (err.status === 408) res.once('finish', () => req.socket.destroySoon());
      } else {
        deps.logger.error({ err }, 'request failed');
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      }
    } finally {
      inFlight--;
      if (inFlight === 0) idleWaiters.splice(0).forEach((wake) => wake());
    }
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  // /readyz needs no token and each probe is a store write: concurrent calls share one probe and
  // its answer is reused for a while, so hammering it costs the store next to nothing.
  let readiness: { until: number; result: Promise<void> } | undefined;
  const checkReadyShared = (): Promise<void> => {
    if (readiness && Date.now() < readiness.until) return readiness.result;
    const result = deps.checkReady();
    const entry = { until: Number.POSITIVE_INFINITY, result };
    const settled = () => {
      entry.until = Date.now() + deps.readinessCacheMs;
    };
    result.then(settled, settled);
    readiness = entry;
    return result;
  };

  server.get('/readyz', async (_req, res) => {
    try {
      await checkReadyShared();
      res.send(stopping ? 503 : 200, { status: stopping ? 'stopping' : 'ready' });
    } catch (err) {
      deps.logger.warn({ err: { message: (err as Error).message } }, 'storage not reachable');
      res.send(503, { status: 'storage unreachable' });
    }
  });

  // Errors restify raises itself (bad JSON, wrong content type, too large): answer 4xx, never crash.
  server.on('restifyError', (req: IncomingMessage, res: ServerResponse, err: Error, callback: () => void) => {
    deps.logger.info({ statusCode: (err as { statusCode?: number }).statusCode, url: req.url }, 'rejected request');
    callback();
  });

  return {
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    async drain(timeoutMs) {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.server.close(() => resolve()));
      server.server.closeIdleConnections();
      const idle = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const finished = await Promise.race([idle.then(() => true), timedOut]);
      clearTimeout(timer);
      server.server.closeAllConnections();
      await closed;
      return finished;
    },
  };
}
