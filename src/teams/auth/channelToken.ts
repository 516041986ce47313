// Checks the Bot Framework token of an incoming activity before the SDK does. The SDK checks it
// again, but on a bad token it prints stack traces to stderr and answers with its error text;
// this check refuses first, with one JSON log line and no detail for the caller.
import { createVerify } from 'node:crypto';
import type { OpenIdKeys } from './openIdKeys';

export interface TokenCheckOptions {
  appId: string;
  /** The issuer of channel tokens (https://api.botframework.com). */
  issuer: string;
  keys: OpenIdKeys;
  now?: () => number;
}

export type TokenVerdict = { ok: true } | { ok: false; reason: string };

const ALGORITHMS: Record<string, string> = { RS256: 'RSA-SHA256', RS384: 'RSA-SHA384', RS512: 'RSA-SHA512' };
/** The SDK allows five minutes of clock skew; so do we. */
const CLOCK_TOLERANCE_S = 5 * 60;

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function checkChannelToken(
  authHeader: string | undefined,
  activity: { serviceUrl: string; channelId: string },
  o: TokenCheckOptions,
): Promise<TokenVerdict> {
  const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authHeader ?? '');
  if (!match) return { ok: false, reason: authHeader ? 'malformed token' : 'no token' };
  const [, headerPart, payloadPart, signaturePart] = match as unknown as [string, string, string, string];
  const header = decodePart(headerPart);
  const claims = decodePart(payloadPart);
  if (!header || !claims) return { ok: false, reason: 'malformed token' };
  const algorithm = typeof header.alg === 'string' ? ALGORITHMS[header.alg] : undefined;
  if (!algorithm) return { ok: false, reason: 'signing algorithm not allowed' };
  if (claims.iss !== o.issuer) return { ok: false, reason: 'wrong issuer' };
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(o.appId)) return { ok: false, reason: 'wrong audience' };
  const nowS = Math.floor((o.now ?? Date.now)() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp + CLOCK_TOLERANCE_S < nowS) return { ok: false, reason: 'expired' };
  if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_TOLERANCE_S > nowS) return { ok: false, reason: 'not yet valid' };
  // The token names the service URL it was issued for; a reply must go nowhere else.
  if (claims.serviceurl !== activity.serviceUrl) return { ok: false, reason: 'serviceurl claim differs from the activity' };

  const key = await o.keys.getKey(typeof header.kid === 'string' ? header.kid : undefined);
  if (!key) return { ok: false, reason: 'unknown signing key' };
  if (key.endorsements && key.endorsements.length > 0 && !key.endorsements.includes(activity.channelId)) {
    return { ok: false, reason: 'key not endorsed for the channel' };
  }
  const valid = createVerify(algorithm).update(`${headerPart}.${payloadPart}`).verify(key.key, Buffer.from(signaturePart, 'base64url'));
  return valid ? { ok: true } : { ok: false, reason: 'bad signature' };
}
