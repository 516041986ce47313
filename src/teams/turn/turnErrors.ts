// The one place a failed turn ends. The user gets an apology, and the conversation's dialog
// state is cleared: a state that makes a dialog throw would otherwise trap the user in it on
// every later message. Only the dialog stack goes; profiles, initiatives and ideas are
// separate documents and stay as they are.
import type { ConversationState, TurnContext } from 'botbuilder';
import type { AppConfig } from '../../config';
import { resolveLocale, t } from '../../i18n';
import type { Logger } from '../../logger';
import { currentTurnScope, StorageTimeoutError } from '../../storage/turnScope';

export function turnErrorHandler(args: { config: AppConfig; logger: Logger; conversationState?: ConversationState }) {
  const { config, logger, conversationState } = args;
  return async (context: TurnContext, error: Error): Promise<void> => {
    // A storage call that ran out of time aborts the turn: its later storage calls and sends are
    // refused (storage/turnScope.ts), so only the apology goes out and the state is left alone.
    const timedOut = error instanceof StorageTimeoutError;
    if (timedOut) logger.warn({ err: { message: error.message }, activityType: context.activity.type }, 'turn aborted: storage too slow');
    else logger.error({ err: error, activityType: context.activity.type, name: context.activity.name }, 'turn failed');
    if (conversationState && !timedOut) {
      try {
        await conversationState.delete(context);
      } catch (clearError) {
        logger.warn({ err: clearError }, 'could not clear the dialog state after the error');
      }
    }
    if (context.activity.type !== 'message') return;
    const locale = resolveLocale(undefined, context.activity.locale, config.defaultLocale);
    const scope = currentTurnScope();
    if (scope) scope.apologizing = true;
    try {
      await context.sendActivity(t(locale, timedOut ? 'errors.storageSlow' : 'errors.generic'));
    } catch (sendError) {
      logger.warn({ err: sendError }, 'could not tell the user about the error');
    } finally {
      if (scope) scope.apologizing = false;
    }
  };
}
