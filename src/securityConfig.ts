// The trust settings' shapes and defaults (config.ts reads the environment and fills them in).

/** Where the Teams service lives in the public cloud (Microsoft's documented service URL host). */
export const TEAMS_SERVICE_URLS = ['https://smba.trafficmanager.net/'];
/** With authentication off (local runs) replies go only to the playground or a test on this machine. */
export const LOCAL_SERVICE_URLS = ['http://127.0.0.1:*/', 'http://localhost:*/'];

export function parseServiceUrlEntry(entry: string): boolean {
  try {
    const url = new URL(entry.replace(':*/', '/'));
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export interface SecurityConfig {
  /** Every request must carry a valid Bot Framework token (an app id is configured). */
  authEnabled: boolean;
  /** Tenants whose activities are served; empty = any tenant (local runs only). */
  allowedTenantIds: string[];
  /** Service URL prefixes replies may go to; `:*` in an entry means any port. */
  allowedServiceUrls: string[];
  openIdTimeoutMs: number;
}
