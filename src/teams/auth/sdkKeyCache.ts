// botframework-connector keeps one OpenIdMetadata per metadata URL in a static cache and fetches
// it without a time limit. Registering our key source under that URL makes the SDK's own token
// check use the time-limited, last-good keys too (it calls only `getKey(kid)`).
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import type { OpenIdKeys } from './openIdKeys';

export function useSharedSigningKeys(keys: OpenIdKeys): void {
  const cache = (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, unknown> }).openIdMetadataCache;
  cache.set(keys.metadataUrl, keys);
}
