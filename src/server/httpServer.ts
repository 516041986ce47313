// The HTTP edge: restify with the bot endpoint and the health probes App Service uses.
import type { IncomingMessage, ServerResponse } from 'node:http';
import restify from 'restify';
import type { Logger } from '../logger';

export interface HttpServerDeps {
  logger: Logger;
  /** Processes one Bot Framework request (the adapter writes the response). */
  handleMessages(req: restify.Request, res: restify.Response): Promise<void>;
  /** Resolves when storage answers; rejects otherwise. */
  checkReady(): Promise<void>;
}

export interface HttpServer {
  listen(port: number, host: string): Promise<number>;
  /** Stops taking requests and waits (up to timeoutMs) for the turns in flight. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createHttpServer(deps: HttpServerDeps): HttpServer {
  const server = restify.createServer({ name: 'innovasjonsbot', handleUncaughtExceptions: false });
  let inFlight = 0;
  let stopping = false;
  const idleWaiters: Array<() => void> = [];

  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024, rejectUnknown: true }));

  server.post('/api/messages', async (req, res) => {
    if (stopping) {
      res.header('Retry-After', '5');
      res.send(503, { error: 'shutting down' });
      return;
    }
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body) || typeof req.body.type !== 'string') {
      res.send(400, { error: 'expected a Bot Framework activity' });
      return;
    }
    inFlight++;
    try {
      await deps.handleMessages(req, res);
    } catch (err) {
      deps.logger.error({ err }, 'request failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      inFlight--;
      if (inFlight === 0) idleWaiters.splice(0).forEach((wake) => wake());
    }
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    try {
      await deps.checkReady();
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
