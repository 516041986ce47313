// Links roster leaders to their Teams identity on first contact (a message, or the app being
// installed for them): by Entra object id when the CSV has it, else by UPN / e-mail, which the
// activity does not carry and is read once from the connector (GET .../members/{userId}).
import { type Middleware, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../../config';
import type { Profile } from '../../domain/profile/profile';
import type { Logger } from '../../logger';
import type { Versioned } from '../../storage/documentStore';
import type { ProfileRepository } from '../../storage/repositories/profileRepository';
import type { RosterDirectory } from '../../storage/queries/rosterDirectory';
import type { OutboxRepository } from '../../storage/repositories/outboxRepository';
import type { RosterRepository } from '../../storage/repositories/rosterRepository';
import { handProfile } from '../turn/profileRead';
import { lookUpMemberUpn } from './memberLookup';

export interface RosterMatchDeps {
  config: AppConfig;
  logger: Logger;
  profiles: ProfileRepository;
  roster: RosterRepository;
  /** The roster snapshot the roles come from: a known leader is found without a query. */
  directory: Pick<RosterDirectory, 'entries' | 'version'>;
  outbox: OutboxRepository;
  now(): Date;
}

const NEGATIVE_CACHE_MS = 10 * 60_000;
const NEGATIVE_CACHE_LIMIT = 10_000;

export class RosterMiddleware implements Middleware {
  private readonly known = new Set<string>();
  /** Looked up and not found: against which roster version, and until when that is trusted. */
  private readonly notOnRoster = new Map<string, { version: string; until: number }>();

  constructor(private readonly services: RosterMatchDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    try {
      await this.match(context);
    } catch (err) {
      this.services.logger.warn({ err }, 'could not match the user to the roster');
    }
    await next();
  }

  private async match(context: TurnContext): Promise<void> {
    const a = context.activity;
    const aad = a.from?.aadObjectId?.toLowerCase();
    const personal = (a.conversation?.conversationType ?? 'personal') === 'personal';
    if (!aad || !personal || !['message', 'installationUpdate', 'conversationUpdate', 'invoke'].includes(a.type)) return;
    if (this.known.has(aad)) return;
    const version = await this.services.directory.version();
    const checked = this.notOnRoster.get(aad);
    if (checked && checked.version === version && checked.until > Date.now()) return;
    if (await this.onRoster(aad)) {
      this.known.add(aad);
      return;
    }
    // Read once here and handed to the turn (bot.ts), which needs it too.
    const aadObjectId = a.from.aadObjectId!;
    const profile = await this.services.profiles.get(aadObjectId);
    handProfile(context, profile);
    if (profile?.value.notOnRosterVersion === version) {
      this.rememberNotOnRoster(aad, version);
      return;
    }
    let upn: string | undefined;
    try {
      upn = await lookUpMemberUpn(context, a.from.id);
    } catch {
      upn = undefined;
    }
    // The one indexed lookup: the roster's id is the e-mail.
    const entry = upn ? await this.services.roster.get(upn) : undefined;
    // Remember the e-mail on the profile: sector heads and admins are found by e-mail (the
    // roster's sectorHeadEmail) even when they are not on the roster themselves. Someone not
    // on it is marked as checked against this roster version (one write for both), so that a
    // restart does not look them up again; a failed member lookup is not a check.
    if (upn) handProfile(context, await this.rememberEmail(profile, aadObjectId, a.from.name ?? '', upn, entry ? undefined : version));
    if (!entry) {
      this.rememberNotOnRoster(aad, version);
      return;
    }
    await this.services.roster.matchIdentity(entry.id, aad);
    this.known.add(aad);
    this.services.logger.info({ aadObjectId: aad }, 'roster leader linked to Teams');
  }

  private rememberNotOnRoster(aad: string, version: string): void {
    rememberBounded(this.notOnRoster, aad, { version, until: Date.now() + NEGATIVE_CACHE_MS }, NEGATIVE_CACHE_LIMIT, Date.now());
  }

  /**
   * In the roster snapshot (kept in memory, refreshed every half minute) rather than two
   * cross-partition queries per first contact. A leader missing from a stale snapshot is still
   * matched below, by UPN, with one point read.
   */
  private async onRoster(aad: string): Promise<boolean> {
    const entries = await this.services.directory.entries();
    return entries.some((e) => e.aadObjectId?.toLowerCase() === aad || e.matchedAadObjectId === aad);
  }

  private async rememberEmail(profile: Versioned<Profile> | undefined, aadObjectId: string, name: string, email: string, notOnRosterVersion: string | undefined): Promise<Versioned<Profile>> {
    const lower = email.toLowerCase();
    if (profile && profile.value.email?.toLowerCase() === lower && profile.value.notOnRosterVersion === notOnRosterVersion) return profile;
    return this.services.profiles.updateFrom(
      aadObjectId,
      { id: aadObjectId, name },
      (p) => {
        const { notOnRosterVersion: _previous, ...rest } = p;
        return notOnRosterVersion ? { ...rest, email: lower, notOnRosterVersion } : { ...rest, email: lower };
      },
      { current: profile },
    );
  }
}

/**
 * Sets `key`, keeping at most `limit` entries: a burst of strangers must not grow the map without
 * end. Expired marks go first, then the oldest.
 */
export function rememberBounded<M extends { until: number }>(marks: Map<string, M>, key: string, mark: M, limit: number, now: number): void {
  marks.delete(key);
  if (marks.size >= limit) {
    for (const [k, m] of marks) if (m.until <= now) marks.delete(k);
    while (marks.size >= limit) marks.delete(marks.keys().next().value!);
  }
  marks.set(key, mark);
}
