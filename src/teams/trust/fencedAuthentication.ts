// The one choke point for outgoing calls: every ConnectorClient (replies, proactive sends via
// continueConversationAsync, createConversation) comes from this connector factory, so no
// activity and no stored conversation reference can send the bot's token to another host.
import { ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { ClaimsIdentity, ConnectorFactory, ServiceClientCredentialsFactory } from 'botframework-connector';
import { isAllowedServiceUrl, UntrustedServiceUrlError } from './serviceUrlAllowlist';

export class FencedAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    credentialsFactory: ServiceClientCredentialsFactory,
    private readonly allowedServiceUrls: readonly string[],
  ) {
    super(options, credentialsFactory);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    const allowed = this.allowedServiceUrls;
    return {
      async create(serviceUrl: string, audience?: string) {
        if (!isAllowedServiceUrl(serviceUrl, allowed)) throw new UntrustedServiceUrlError(serviceUrl);
        return inner.create(serviceUrl, audience);
      },
    } as ConnectorFactory;
  }
}
