import http from 'node:http';

/**
 * A pass-through HTTP proxy for the bot endpoint that sets the locale of incoming activities.
 * Only playground -> bot traffic passes here; the bot answers through the playground's mock
 * connector (activity.serviceUrl) directly.
 */
export async function startLocaleProxy(target: string, locale: string): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks).toString('utf8');
      try {
        const activity = JSON.parse(body) as { locale?: string; entities?: Array<{ type?: string; locale?: string }> };
        activity.locale = locale;
        for (const e of activity.entities ?? []) if (e.type === 'clientInfo') e.locale = locale;
        body = JSON.stringify(activity);
      } catch {
        /* not JSON: forward as is */
      }
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'accept']) {
        const v = req.headers[name];
        if (typeof v === 'string') headers[name] = v;
      }
      fetch(target, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body })
        .then(async (r) => {
          const text = await r.text();
          const type = r.headers.get('content-type');
          res.writeHead(r.status, type ? { 'content-type': type } : {});
          res.end(text);
        })
        .catch((err: unknown) => {
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: `bot unreachable: ${err instanceof Error ? err.message : String(err)}` }));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
