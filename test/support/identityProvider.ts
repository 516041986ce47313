// A local identity provider for channel authentication tests: a loopback HTTP server that
// publishes OpenID metadata and one test RSA key, and signs Bot Framework-shaped tokens.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface IdentityProvider {
  metadataUrl: string;
  /** Requests served (metadata and keys). */
  hits: number;
  /** Holds every answer until released (a stalled endpoint). */
  stall: boolean;
  sign(claims: Record<string, unknown>, options?: { key?: KeyObject; kid?: string; alg?: string }): string;
  stop(): Promise<void>;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function newRsaKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}

export async function startIdentityProvider(): Promise<IdentityProvider> {
  const privateKey = newRsaKey();
  const jwk = privateKey.export({ format: 'jwk' });
  const publicJwk = { kty: 'RSA', n: jwk.n, e: jwk.e, kid: 'test-key', use: 'sig', endorsements: ['msteams'] };
  let base = '';
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    idp.hits++;
    if (idp.stall) return; // never answers: the client's time limit must end the wait
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') return res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys` }));
    if (req.url === '/keys') return res.end(JSON.stringify({ keys: [publicJwk] }));
    res.statusCode = 404;
    res.end('{}');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp: IdentityProvider = {
    metadataUrl: `${base}/openid`,
    hits: 0,
    stall: false,
    sign(claims, options = {}) {
      const header = { alg: options.alg ?? 'RS256', typ: 'JWT', kid: options.kid ?? 'test-key' };
      const input = `${b64(header)}.${b64(claims)}`;
      if (header.alg === 'none') return `${input}.`;
      const signature = createSign('RSA-SHA256').update(input).sign(options.key ?? privateKey).toString('base64url');
      return `${input}.${signature}`;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return idp;
}

/** Outgoing credentials for tests: no Entra login, a fixed token the loopback connector ignores. */
export function testCredentials(appId: string): ServiceClientCredentialsFactory {
  return {
    isValidAppId: async (id: string) => id === appId,
    isAuthenticationDisabled: async () => false,
    createCredentials: async () => ({
      signRequest: async (request: { headers: { set(name: string, value: string): void } }) => {
        request.headers.set('authorization', 'Bearer outgoing-test-token');
        return request;
      },
    }),
  } as unknown as ServiceClientCredentialsFactory;
}
