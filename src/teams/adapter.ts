import { CallerIdConstants, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AuthenticationConstants, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import { FencedAuthentication } from './trust/fencedAuthentication';
import { OpenIdKeys } from './auth/openIdKeys';
import { GuardedAdapter } from './guardedAdapter';
import { useSharedSigningKeys } from './auth/sdkKeyCache';
import { turnErrorHandler } from './turn/turnErrors';

/** Test-only seams, passed to createApp in code: never read from the environment. */
export interface AdapterSeams {
  /** A loopback identity provider that publishes a test key, instead of login.botframework.com. */
  openIdMetadataUrl?: string;
  /** Outgoing credentials that need no Entra login (the test connector accepts any token). */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/** Setting one endpoint makes the SDK take all of them from the options: give the public cloud's. */
function publicCloudWithMetadata(openIdMetadataUrl: string) {
  return {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}

/**
 * CloudAdapter with Bot Framework authentication. With an app id configured every request
 * must carry a valid Bot Framework token; without one (local runs, tests) auth is off.
 * Every outgoing call, replies and proactive sends alike, goes only to an allowed service URL.
 */
export function createAdapter(config: AppConfig, logger: Logger, seams: AdapterSeams = {}): GuardedAdapter {
  const metadataUrl = seams.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;
  const settings = config.bot.appId
    ? {
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppPassword: config.bot.appPassword,
        MicrosoftAppType: config.bot.appType,
        MicrosoftAppTenantId: config.bot.tenantId,
        ...(seams.openIdMetadataUrl ? publicCloudWithMetadata(seams.openIdMetadataUrl) : {}),
      }
    : {};
  const keys = new OpenIdKeys(metadataUrl, config.security.openIdTimeoutMs, logger);
  // The SDK's own check fetches keys without a time limit; let it use ours.
  useSharedSigningKeys(keys);
  const auth = new FencedAuthentication(
    settings,
    seams.credentialsFactory ?? new ConfigurationServiceClientCredentialFactory(settings),
    config.security.allowedServiceUrls,
  );
  const adapter = new GuardedAdapter(auth, {
    security: config.security,
    appId: config.bot.appId,
    issuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    keys,
    logger,
  });

  adapter.onTurnError = turnErrorHandler({ config, logger });
  return adapter;
}

export type { GuardedAdapter };
