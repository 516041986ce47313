// The adapter's front door for one parsed activity from the HTTP edge. In order: the token, the
// tenant fence, the service URL allowlist; only then the bot's logic, inside a turn scope that
// gives every storage call a time limit. Refusals log one JSON line and tell the caller nothing.
import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import { AuthenticationError, type BotFrameworkAuthentication } from 'botframework-connector';
import type { SecurityConfig } from '../config';
import type { Logger } from '../logger';
import { runInTurnScope } from '../storage/turnScope';
import { checkChannelToken } from './auth/channelToken';
import type { OpenIdKeys } from './auth/openIdKeys';
import { isAllowedServiceUrl, safeOrigin } from './trust/serviceUrlAllowlist';
import { dropSendsOfAbortedTurns } from './turn/abortedTurnSends';
import { isAllowedTenant, tenantOf } from './turn/tenantFence';

export interface GuardOptions {
  security: SecurityConfig;
  appId: string;
  issuer: string;
  keys: OpenIdKeys;
  logger: Logger;
}

export interface EdgeResult {
  status: number;
  body?: unknown;
}

export class GuardedAdapter extends CloudAdapter {
  constructor(
    auth: BotFrameworkAuthentication,
    private readonly guard: GuardOptions,
  ) {
    super(auth);
    this.use(dropSendsOfAbortedTurns(guard.logger));
  }

  async handle(activity: Activity, authHeader: string | undefined, logic: (context: TurnContext) => Promise<void>): Promise<EdgeResult> {
    const { security, logger } = this.guard;
    if (security.authEnabled) {
      const verdict = await checkChannelToken(authHeader, activity, this.guard);
      if (!verdict.ok) {
        logger.warn({ reason: verdict.reason, activityType: activity.type }, 'rejected token');
        return { status: 401, body: { error: 'unauthorized' } };
      }
    }
    if (!isAllowedTenant(activity, security.allowedTenantIds)) {
      logger.warn({ tenantId: tenantOf(activity) ?? null, activityType: activity.type }, 'ignored an activity from a tenant that is not allowed');
      return { status: 403, body: { error: 'forbidden' } };
    }
    if (!isAllowedServiceUrl(activity.serviceUrl, security.allowedServiceUrls)) {
      logger.warn({ serviceUrl: safeOrigin(activity.serviceUrl), activityType: activity.type }, 'ignored an activity whose service URL is not allowed');
      return { status: 403, body: { error: 'forbidden' } };
    }
    try {
      const invokeResponse = await runInTurnScope(() => this.processActivity(authHeader ?? '', activity, logic));
      return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
    } catch (err) {
      if (err instanceof AuthenticationError) {
        logger.warn({ reason: err.message, activityType: activity.type }, 'rejected token');
        return { status: 401, body: { error: 'unauthorized' } };
      }
      throw err;
    }
  }
}
