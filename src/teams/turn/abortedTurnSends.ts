// Once a turn is aborted by a storage timeout, Teams has been (or is about to be) answered with an
// apology; anything the handler still tries to send would arrive late or contradict it.
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../../logger';
import { currentTurnScope } from '../../storage/turnScope';

export function dropSendsOfAbortedTurns(logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      context.onSendActivities(async (_ctx, activities, send) => {
        const scope = currentTurnScope();
        if (scope?.aborted && !scope.apologizing) {
          logger.warn({ count: activities.length }, 'dropped sends of a turn aborted by a storage timeout');
          return activities.map(() => ({ id: '' }));
        }
        return send();
      });
      await next();
    },
  };
}
