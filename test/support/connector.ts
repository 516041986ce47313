// A small stand-in for the Bot Framework connector service (what `serviceUrl` points at).
// It records every call the bot makes, answers like Teams does, and can inject faults
// (429 with Retry-After, 403) for tests.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body: any;
  at: number;
}

export interface FaultResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Connector {
  url: string;
  calls: RecordedCall[];
  /** Activities the bot sent (new messages and replies), in order. */
  sent(): any[];
  /** Activities sent to one conversation. */
  sentTo(conversationId: string): any[];
  updates(): RecordedCall[];
  /** Return a fault instead of the normal answer while this returns one. */
  fault: ((call: RecordedCall) => FaultResponse | undefined) | undefined;
  /** Awaited before answering: lets a test hold a turn in flight. */
  delay: ((call: RecordedCall) => Promise<void>) | undefined;
  members: Map<string, Record<string, unknown>>;
  clear(): void;
  stop(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<any> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

export async function startConnector(): Promise<Connector> {
  let counter = 0;
  const connector: Connector = {
    url: '',
    calls: [],
    fault: undefined,
    delay: undefined,
    members: new Map(),
    sent() {
      return this.calls.filter((c) => c.method === 'POST' && c.conversationId && c.path.includes('/activities')).map((c) => c.body);
    },
    sentTo(conversationId: string) {
      return this.calls.filter((c) => c.method === 'POST' && c.conversationId === conversationId && c.path.includes('/activities')).map((c) => c.body);
    },
    updates() {
      return this.calls.filter((c) => c.method === 'PUT');
    },
    clear() {
      this.calls.length = 0;
    },
    stop: async () => undefined,
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    let body: any;
    try {
      body = await readBody(req);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // /v3/conversations[/:conversationId[/activities[/:activityId]] | /members[/:memberId]]
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      conversationId: parts[2],
      activityId: parts[3] === 'activities' ? parts[4] : undefined,
      body,
      at: Date.now(),
    };
    if (connector.delay) await connector.delay(call);
    const fault = connector.fault?.(call);
    if (fault) {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.headers ?? {}) });
      res.end(JSON.stringify(fault.body ?? { error: { code: 'Fault', message: 'injected' } }));
      return;
    }
    connector.calls.push(call);
    const json = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return json(404, { error: { code: 'NotFound' } });
    if (parts.length === 2 && req.method === 'POST') {
      counter++;
      return json(201, { id: `a:created-${counter}`, activityId: `act-${counter}` });
    }
    if (parts[3] === 'members') {
      const member = parts[4] ? connector.members.get(parts[4]) : undefined;
      if (parts[4]) return member ? json(200, member) : json(404, { error: { code: 'MemberNotFound' } });
      return json(200, [...connector.members.values()]);
    }
    if (parts[3] === 'activities') {
      if (req.method === 'POST') {
        counter++;
        return json(200, { id: `act-${counter}` });
      }
      if (req.method === 'PUT') return json(200, { id: parts[4] });
      if (req.method === 'DELETE') return json(200, {});
    }
    return json(404, { error: { code: 'NotFound' } });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  connector.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  connector.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return connector;
}
