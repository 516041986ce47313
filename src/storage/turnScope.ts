// A turn's storage scope: set around each turn by the adapter, read by the time-limited store.
// Once a storage call in a turn times out the turn is aborted: its later storage calls are
// refused (no half-written state) and its later sends are dropped (nothing reaches the user late).
import { AsyncLocalStorage } from 'node:async_hooks';

export interface TurnScope {
  aborted: boolean;
  /** Set while the one apology for an aborted turn is sent. */
  apologizing: boolean;
}

const scopes = new AsyncLocalStorage<TurnScope>();

export function runInTurnScope<T>(fn: () => Promise<T>): Promise<T> {
  return scopes.run({ aborted: false, apologizing: false }, fn);
}

/** The scope of the turn this code runs in, or undefined outside a turn (reminder job, scripts). */
export function currentTurnScope(): TurnScope | undefined {
  return scopes.getStore();
}

/** A storage call in a turn took longer than its limit, or the turn was already aborted. */
export class StorageTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageTimeoutError';
  }
}
