// Reading the Cosmos SDK's errors: status, substatus and a short description for a log line.

export function statusOf(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

export function substatusOf(err: unknown): number | undefined {
  const sub = (err as { substatus?: unknown } | null)?.substatus;
  return typeof sub === 'number' ? sub : undefined;
}

/** A 404 means "no such item" unless the substatus says the container itself is missing (1003). */
export function isMissingItem(substatus: number | undefined): boolean {
  return substatus !== 1003;
}

/** `HTTP 404/1003: first line of the message`, short enough for a log line. */
export function describeError(err: unknown): string {
  const status = statusOf(err);
  const sub = substatusOf(err);
  const message = ((err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '').slice(0, 300);
  const code = status === undefined ? '' : `HTTP ${status}${sub ? `/${sub}` : ''}`;
  return [code, message].filter(Boolean).join(': ') || 'unknown error';
}
