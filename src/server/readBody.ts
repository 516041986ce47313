// Reads a request body ourselves, with a byte limit on what is actually parsed. No body parser:
// nothing is inflated (encodings other than identity are refused before reading), nothing is
// written to disk, and the edge behaves the same on every restify version.
import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 408 | 413 | 415,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'BodyError';
  }
}

/** Refuses, before any byte is read, what the edge will not parse: 415 for encodings and types. */
export function checkJsonHeaders(req: IncomingMessage): void {
  const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') throw new BodyError(415, 'content encoding not accepted');
  const [type, ...params] = (req.headers['content-type'] ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') throw new BodyError(415, 'content type not accepted');
  const charset = params.find((p) => p.startsWith('charset='));
  if (charset && charset.replace(/^charset=/, '').replace(/"/g, '') !== 'utf-8') throw new BodyError(415, 'charset not accepted');
}

/**
 * Reads the body within `maxBytes` and `timeoutMs`. The deadline covers the whole body, not the
 * gap between chunks: a client that trickles one byte a second would otherwise hold a
 * connection (and its turn slot) for as long as it likes.
 */
export function readLimitedBody(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(new BodyError(413, 'body too large'));
  // Someone else already read the stream (a body parser added in front): never wait for it.
  if (req.readableEnded || req.complete) return Promise.reject(new BodyError(400, 'body already consumed'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const deadline = setTimeout(() => finish(new BodyError(408, 'body too slow')), timeoutMs);
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      req.off('data', onData);
      if (err) {
        // Stop reading the rest; the connection closes after the refusal.
        req.resume();
        reject(err);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish(new BodyError(413, 'body too large'));
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish());
    req.once('error', () => finish(new BodyError(400, 'request aborted')));
  });
}

/** Deeply nested JSON would overflow the stack wherever it is later walked or serialised. */
function depthOf(value: unknown, limit: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

/** Stateless between calls (no streaming), so one decoder serves every request. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function parseJson(body: Buffer, maxDepth: number): unknown {
  let value: unknown;
  try {
    value = JSON.parse(UTF8.decode(body));
  } catch {
    throw new BodyError(400, 'body is not JSON');
  }
  if (depthOf(value, maxDepth) > maxDepth) throw new BodyError(400, 'JSON nested too deeply');
  return value;
}
