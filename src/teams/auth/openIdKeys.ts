// The Bot Framework's signing keys, fetched with a time limit and kept as a last-good copy, so a
// stalled or failing identity endpoint neither holds requests nor locks everyone out at once.
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import type { Logger } from '../../logger';

interface Jwk extends JsonWebKey {
  kid?: string;
  endorsements?: string[];
}

export interface SigningKey {
  /** PEM public key (the shape botframework-connector's OpenIdMetadata returns). */
  key: string;
  endorsements?: string[];
}

const REFRESH_MS = 24 * 60 * 60 * 1000;
/** An unknown key id triggers a refresh at most this often (a forged kid must not hammer the endpoint). */
const UNKNOWN_KID_REFRESH_MS = 5 * 60 * 1000;

export class OpenIdKeys {
  private keys: Jwk[] | undefined;
  private lastUpdated = 0;
  private lastAttempt = 0;
  private refreshing: Promise<void> | undefined;

  constructor(
    readonly metadataUrl: string,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The key with this id, or null. Never throws: a failed refresh falls back to the last good keys. */
  async getKey(keyId: string | undefined): Promise<SigningKey | null> {
    const age = this.now() - this.lastUpdated;
    if (!this.keys || age > REFRESH_MS) await this.refresh();
    let found = this.find(keyId);
    if (!found && this.now() - this.lastAttempt > UNKNOWN_KID_REFRESH_MS) {
      await this.refresh();
      found = this.find(keyId);
    }
    return found;
  }

  private find(keyId: string | undefined): SigningKey | null {
    const jwk = keyId ? this.keys?.find((k) => k.kid === keyId) : undefined;
    if (!jwk || jwk.kty !== 'RSA' || !jwk.n || !jwk.e) return null;
    try {
      const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
      return { key, endorsements: Array.isArray(jwk.endorsements) ? jwk.endorsements : undefined };
    } catch {
      return null;
    }
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.fetchKeys().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async fetchKeys(): Promise<void> {
    this.lastAttempt = this.now();
    try {
      const metadata = (await this.fetchJson(this.metadataUrl)) as { jwks_uri?: unknown };
      if (typeof metadata?.jwks_uri !== 'string') throw new Error('metadata has no jwks_uri');
      const jwks = (await this.fetchJson(metadata.jwks_uri)) as { keys?: unknown };
      if (!Array.isArray(jwks?.keys)) throw new Error('key set has no keys');
      this.keys = jwks.keys as Jwk[];
      this.lastUpdated = this.now();
    } catch (err) {
      this.logger.warn(
        { err: { message: (err as Error).message }, url: this.metadataUrl, keptLastGood: this.keys !== undefined },
        'could not refresh the Bot Framework signing keys',
      );
    }
  }

  private async fetchJson(url: string): Promise<unknown> {
    const res = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs), redirect: 'error' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  }
}
