import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import { turnErrorHandler } from './turn/turnErrors';

/**
 * CloudAdapter with Bot Framework authentication. With an app id configured every request
 * must carry a valid Bot Framework token; without one (local runs, tests) auth is off. The bot's
 * composition root replaces the error handler with one that also clears the dialog state.
 */
export function createAdapter(config: AppConfig, logger: Logger): CloudAdapter {
  const settings = config.bot.appId
    ? {
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppPassword: config.bot.appPassword,
        MicrosoftAppType: config.bot.appType,
        MicrosoftAppTenantId: config.bot.tenantId,
      }
    : {};
  const auth = new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings));
  const adapter = new CloudAdapter(auth);

  adapter.onTurnError = turnErrorHandler({ config, logger });
  return adapter;
}
