// Two instances of the bot on one Cosmos database (as when App Service runs two) and one loopback
// connector, for the exactly-once tests: the same request handled by both must act once.
import { startBot, startConnector, type BotUnderTest, type Connector } from './botHarness';
import { cosmosStore, sharedCosmosServer } from './stores';

export interface TwoBotsCtx {
  connector: Connector;
  bots: [BotUnderTest, BotUnderTest];
}

/** Started before the describe block's tests, stopped after them; the fields are filled in beforeAll. */
export function useTwoBotsOnCosmos(databasePrefix: string): TwoBotsCtx {
  const ctx = {} as TwoBotsCtx;
  beforeAll(async () => {
    ctx.connector = await startConnector();
    const server = await sharedCosmosServer();
    const database = `${databasePrefix}-${Date.now()}`;
    ctx.bots = [await startBot({ store: await cosmosStore(server, database) }), await startBot({ store: await cosmosStore(server, database) })];
  });
  afterAll(async () => {
    for (const bot of ctx.bots ?? []) await bot.stop();
    await ctx.connector?.stop();
  });
  return ctx;
}
