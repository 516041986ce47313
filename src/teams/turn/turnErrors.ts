// The one place a failed turn ends. The user gets an apology, and the conversation's dialog
// state is cleared: a state that makes a dialog throw would otherwise trap the user in it on
// every later message. Only the dialog stack goes; profiles, initiatives and ideas are
// separate documents and stay as they are.
import type { ConversationState, TurnContext } from 'botbuilder';
import type { AppConfig } from '../../config';
import { resolveLocale, t } from '../../i18n';
import type { Logger } from '../../logger';

export function turnErrorHandler(args: { config: AppConfig; logger: Logger; conversationState?: ConversationState }) {
  const { config, logger, conversationState } = args;
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ err: error, activityType: context.activity.type, name: context.activity.name }, 'turn failed');
    if (conversationState) {
      try {
        await conversationState.delete(context);
      } catch (clearError) {
        logger.warn({ err: clearError }, 'could not clear the dialog state after the error');
      }
    }
    if (context.activity.type !== 'message') return;
    const locale = resolveLocale(undefined, context.activity.locale, config.defaultLocale);
    try {
      await context.sendActivity(t(locale, 'errors.generic'));
    } catch (sendError) {
      logger.warn({ err: sendError }, 'could not tell the user about the error');
    }
  };
}
