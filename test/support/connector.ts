// The loopback connector lives in fixtures/ (the bench uses it too); tests import it from here.
export * from '../../fixtures/connector';
