// The trust settings' shapes, defaults and checks (config.ts reads the environment, runs the
// checks below and fills the settings in).
import type { z } from 'zod';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The settings the trust checks look at. */
export interface SecurityEnv {
  NODE_ENV: string;
  MicrosoftAppId: string;
  MicrosoftAppPassword: string;
  MicrosoftAppType: string;
  MicrosoftAppTenantId: string;
  ALLOWED_TENANT_IDS: string[];
  ALLOWED_SERVICE_URLS: string[];
  STORAGE: string;
  COSMOS_AUTH: string;
  AZURE_CLIENT_ID?: string;
}

/** Adds an issue for every trust setting that would leave the bot open or broken. */
export function securityIssues(env: SecurityEnv, ctx: z.RefinementCtx): void {
  // Fail closed: a production deployment never runs without authentication or a tenant fence.
  if (env.NODE_ENV === 'production' && !env.MicrosoftAppId) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'is required when NODE_ENV=production (authentication cannot be off)' });
  }
  if (env.NODE_ENV === 'production' && env.ALLOWED_TENANT_IDS.length === 0 && !env.MicrosoftAppTenantId) {
    ctx.addIssue({ code: 'custom', path: ['ALLOWED_TENANT_IDS'], message: 'is required when NODE_ENV=production (or set MicrosoftAppTenantId)' });
  }
  for (const url of env.ALLOWED_SERVICE_URLS) {
    if (!parseServiceUrlEntry(url)) ctx.addIssue({ code: 'custom', path: ['ALLOWED_SERVICE_URLS'], message: `has an entry that is no http(s) URL: ${url}` });
  }
  if (env.MicrosoftAppType === 'UserAssignedMSI') managedIdentityIssues(env, ctx);
}

/**
 * The bot signs in as a user-assigned managed identity: its client id is the app id, and a
 * password next to it is a leftover secret that someone would go on rotating for nothing. A web
 * app with only a user-assigned identity has no default identity, so Cosmos DB (entra) needs the
 * client id too.
 */
function managedIdentityIssues(env: SecurityEnv, ctx: z.RefinementCtx): void {
  if (!GUID.test(env.MicrosoftAppId)) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: "must be the managed identity's client id (a GUID) when MicrosoftAppType=UserAssignedMSI" });
  }
  if (env.MicrosoftAppPassword) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'must be empty when MicrosoftAppType=UserAssignedMSI (the managed identity has no secret)' });
  }
  if (env.STORAGE === 'cosmos' && env.COSMOS_AUTH === 'entra' && !env.AZURE_CLIENT_ID) {
    ctx.addIssue({ code: 'custom', path: ['AZURE_CLIENT_ID'], message: "is required when MicrosoftAppType=UserAssignedMSI and COSMOS_AUTH=entra (the identity's client id)" });
  }
}


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
