import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { AppConfig } from '../config';
import { resolveLocale, t } from '../i18n';
import type { Logger } from '../logger';

/**
 * CloudAdapter with Bot Framework authentication. With an app id configured every request
 * must carry a valid Bot Framework token; without one (local runs, tests) auth is off.
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

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, activityType: context.activity.type, name: context.activity.name }, 'turn failed');
    if (context.activity.type !== 'message') return;
    const locale = resolveLocale(undefined, context.activity.locale, config.defaultLocale);
    try {
      await context.sendActivity(t(locale, 'errors.generic'));
    } catch (sendError) {
      logger.warn({ err: sendError }, 'could not tell the user about the error');
    }
  };
  return adapter;
}
