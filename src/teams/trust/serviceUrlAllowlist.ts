// Where the bot may send its token: a reply or proactive send goes to the activity's (or stored
// reference's) serviceUrl with the bot's access token, so a forged URL would leak that token.

/**
 * True when `serviceUrl` matches an entry exactly in scheme, host and port, and starts with the
 * entry's path. An entry's port `*` (e.g. `http://127.0.0.1:*\/`) means any port.
 */
export function isAllowedServiceUrl(serviceUrl: unknown, allowlist: readonly string[]): boolean {
  if (typeof serviceUrl !== 'string') return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return allowlist.some((entry) => {
    const anyPort = entry.includes(':*/');
    let allowed: URL;
    try {
      allowed = new URL(entry.replace(':*/', '/'));
    } catch {
      return false;
    }
    const allowedPath = allowed.pathname.endsWith('/') ? allowed.pathname : `${allowed.pathname}/`;
    return (
      url.protocol === allowed.protocol &&
      url.hostname === allowed.hostname &&
      (anyPort || url.port === allowed.port) &&
      path.startsWith(allowedPath)
    );
  });
}

export class UntrustedServiceUrlError extends Error {
  constructor(serviceUrl: string) {
    // Only the origin: a full URL could carry query text from a forged activity.
    super(`Refused to send to a service URL that is not allowed (${safeOrigin(serviceUrl)})`);
    this.name = 'UntrustedServiceUrlError';
  }
}

export function safeOrigin(serviceUrl: unknown): string {
  try {
    return new URL(String(serviceUrl)).origin;
  } catch {
    return 'invalid URL';
  }
}
