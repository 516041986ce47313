import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../../logger';

/**
 * One info line per turn with its duration. No message text or names: only ids and kinds,
 * so logs hold no personal data at info level.
 */
export function turnLogging(logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (!logger.isLevelEnabled('info')) return next();
      const started = process.hrtime.bigint();
      const a = context.activity;
      let outcome = 'ok';
      try {
        await next();
      } catch (err) {
        outcome = 'error';
        throw err;
      } finally {
        logger.info(
          {
            activityType: a.type,
            name: a.name,
            conversationType: a.conversation?.conversationType,
            channelId: a.channelId,
            activityId: a.id,
            outcome,
            durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          },
          'turn',
        );
      }
    },
  };
}
