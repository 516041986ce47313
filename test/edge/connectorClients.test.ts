// Proactive sends and incoming turns reuse one connector client per service URL (a client per
// message made a long reminder run's heap grow steadily, and one per turn cost a tenth of a plain
// turn's CPU), and the service URL allowlist is still checked every time.
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { ClaimsIdentity } from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { FencedAuthentication } from '../../src/teams/trust/fencedAuthentication';
import { UntrustedServiceUrlError } from '../../src/teams/trust/serviceUrlAllowlist';

const ALLOWED = ['https://smba.trafficmanager.net/'];
const proactiveIdentity = () => new ClaimsIdentity([], true);

describe('connector clients', () => {
  it('are made once per service URL and shared by every proactive send', async () => {
    const factory = new ConfigurationServiceClientCredentialFactory({});
    const made = jest.spyOn(factory, 'createCredentials');
    const auth = new FencedAuthentication({}, factory, ALLOWED);
    // continueConversationAsync asks for a new factory, then a client, on every send.
    const clients = await Promise.all(Array.from({ length: 20 }, () => auth.createConnectorFactory(proactiveIdentity()).create('https://smba.trafficmanager.net/emea/')));
    expect(new Set(clients).size).toBe(1);
    expect(made).toHaveBeenCalledTimes(1);
    const other = await auth.createConnectorFactory(proactiveIdentity()).create('https://smba.trafficmanager.net/amer/');
    expect(other).not.toBe(clients[0]);
  });

  it('still refuses a service URL outside the allowlist, cached client or not', async () => {
    const auth = new FencedAuthentication({}, new ConfigurationServiceClientCredentialFactory({}), ALLOWED);
    await expect(auth.createConnectorFactory(proactiveIdentity()).create('https://evil.example.com/')).rejects.toBeInstanceOf(UntrustedServiceUrlError);
  });

  it('are shared by incoming turns too, which the SDK gives a connector factory of its own', async () => {
    const factory = new ConfigurationServiceClientCredentialFactory({});
    const made = jest.spyOn(factory, 'createCredentials');
    const auth = new FencedAuthentication({}, factory, ALLOWED);
    const turn = (serviceUrl: string) => ({ type: 'message', channelId: 'msteams', serviceUrl, text: 'hjelp' }) as Activity;
    // Auth is off (no app id): each turn is authenticated anonymously, as in local runs.
    const clients = [];
    for (let i = 0; i < 10; i++) {
      const result = await auth.authenticateRequest(turn('https://smba.trafficmanager.net/emea/'), '');
      clients.push(await result.connectorFactory!.create('https://smba.trafficmanager.net/emea/', result.audience));
    }
    expect(new Set(clients).size).toBe(1);
    expect(made).toHaveBeenCalledTimes(1);
    const result = await auth.authenticateRequest(turn('https://evil.example.com/'), '');
    await expect(result.connectorFactory!.create('https://evil.example.com/', result.audience)).rejects.toBeInstanceOf(UntrustedServiceUrlError);
  });
});
