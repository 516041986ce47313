// The one choke point for outgoing calls: every ConnectorClient (replies, proactive sends via
// continueConversationAsync, createConversation) comes from this connector factory, so no
// activity and no stored conversation reference can send the bot's token to another host.
import { ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { JwtTokenValidation, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorClient, type ConnectorFactory, type ServiceClientCredentialsFactory } from 'botframework-connector';
import { isAllowedServiceUrl, UntrustedServiceUrlError } from './serviceUrlAllowlist';

const MAX_CLIENTS = 32;

export class FencedAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    credentialsFactory: ServiceClientCredentialsFactory,
    private readonly allowedServiceUrls: readonly string[],
  ) {
    super(options, credentialsFactory);
  }

  /**
   * Connector clients, one per bot, service URL and audience, reused by every turn and every
   * proactive send (the SDK asks for a new client for each). A client is a pipeline of HTTP
   * policies with its own credentials: one per message made a reminder run of twelve thousand
   * grow its heap by a megabyte a second, and building one per turn cost about a tenth of a
   * plain turn's CPU. Shared clients also keep their connections alive.
   */
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  /** Incoming turns reply through the same shared, fenced clients as proactive sends. */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return { ...result, connectorFactory: this.createConnectorFactory(result.claimsIdentity) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    const allowed = this.allowedServiceUrls;
    const clients = this.clients;
    const appId = JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
    return {
      async create(serviceUrl: string, audience?: string) {
        if (!isAllowedServiceUrl(serviceUrl, allowed)) throw new UntrustedServiceUrlError(serviceUrl);
        const key = JSON.stringify([appId, serviceUrl, audience ?? '']);
        let client = clients.get(key);
        if (!client) {
          client = inner.create(serviceUrl, audience);
          clients.set(key, client);
          client.catch(() => clients.delete(key));
          // A handful of service URLs in practice; bounded all the same.
          if (clients.size > MAX_CLIENTS) clients.delete(clients.keys().next().value!);
        }
        return client;
      },
    } as ConnectorFactory;
  }
}
