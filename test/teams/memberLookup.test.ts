// The first-contact member lookup is a plain GET through the turn's connector client: it must
// carry the bot's token, keep the ids inside their path segments, and give up in bounded time.
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { ConnectorClient } from 'botframework-connector';
import { startConnector, type Connector } from '../support/connector';
import { lookUpMemberUpn } from '../../src/teams/proactive/memberLookup';

const signingCredentials = {
  async signRequest(request: { headers: { set(name: string, value: string): void } }) {
    request.headers.set('Authorization', 'Bearer bot-token');
    return request;
  },
};

function turn(connector: Connector, conversationId: string): TurnContext {
  const adapter = new TestAdapter();
  const context = new TurnContext(adapter, { type: 'message', channelId: 'msteams', serviceUrl: connector.url, conversation: { id: conversationId } } as Activity);
  context.turnState.set(adapter.ConnectorClientKey, new ConnectorClient(signingCredentials as never, { baseUri: connector.url }));
  return context;
}

describe('the first-contact member lookup', () => {
  let connector: Connector;
  beforeAll(async () => {
    connector = await startConnector();
  });
  afterAll(() => connector.stop());
  beforeEach(() => {
    connector.clear();
    connector.members.clear();
    connector.delay = undefined;
  });

  it('gets the UPN with the bot token, the ids each kept in their own path segment', async () => {
    const userId = '29:1/../evil?x=1#y';
    connector.members.set(userId, { id: userId, userPrincipalName: 'Ola.Nordmann@kommune.no', email: 'ola@kommune.no' });
    const conversationId = 'a:chat/../../other?z';
    expect(await lookUpMemberUpn(turn(connector, conversationId), userId)).toBe('Ola.Nordmann@kommune.no');
    expect(connector.calls).toHaveLength(1);
    const call = connector.calls[0]!;
    expect(call).toMatchObject({ method: 'GET', conversationId, authorization: 'Bearer bot-token' });
    expect(call.path).toBe(`/v3/conversations/${encodeURIComponent(conversationId)}/members/${encodeURIComponent(userId)}`);
  });

  it('falls back to the e-mail, and says nothing when the member has neither', async () => {
    connector.members.set('29:e', { id: '29:e', email: 'kari@kommune.no' });
    connector.members.set('29:none', { id: '29:none', userPrincipalName: '' });
    expect(await lookUpMemberUpn(turn(connector, 'a:1'), '29:e')).toBe('kari@kommune.no');
    expect(await lookUpMemberUpn(turn(connector, 'a:1'), '29:none')).toBeUndefined();
  });

  it('fails on an unknown member, and on an answer too large to be one', async () => {
    await expect(lookUpMemberUpn(turn(connector, 'a:1'), '29:unknown')).rejects.toThrow(/HTTP 404/);
    connector.members.set('29:big', { id: '29:big', userPrincipalName: 'x@kommune.no', padding: 'x'.repeat(100_000) });
    await expect(lookUpMemberUpn(turn(connector, 'a:1'), '29:big')).rejects.toThrow(/too large/);
  });

  it('gives up after its time limit, not before', async () => {
    connector.members.set('29:slow', { id: '29:slow', userPrincipalName: 'slow@kommune.no' });
    let release = () => undefined as void;
    connector.delay = () => new Promise<void>((resolve) => (release = resolve));
    const started = Date.now();
    try {
      await expect(lookUpMemberUpn(turn(connector, 'a:1'), '29:slow', { timeoutMs: 300 })).rejects.toThrow(/timed out/);
    } finally {
      release();
    }
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1500);
  });
});
