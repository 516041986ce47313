// Links roster leaders to their Teams identity on first contact (a message, or the app being
// installed for them): by Entra object id when the CSV has it, else by UPN / e-mail, which the
// activity does not carry and is read once from the connector (GET .../members/{userId}).
import { ProfileRepository } from '../../storage/repositories/profileRepository';
import { TeamsInfo, type Middleware, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../../config';
import type { Logger } from '../../logger';
import type { DocumentStore } from '../../storage/documentStore';
import type { OutboxRepository } from '../../storage/repositories/outboxRepository';
import type { RosterRepository } from '../../storage/repositories/rosterRepository';
import type { RosterEntry } from '../../domain/roster/roster';

export interface RosterMatchDeps {
  config: AppConfig;
  logger: Logger;
  store: DocumentStore;
  roster: RosterRepository;
  /** The roster snapshot the roles come from: a known leader is found without a query. */
  directory?: { entries(): Promise<RosterEntry[]> };
  outbox: OutboxRepository;
  now(): Date;
}

const NEGATIVE_CACHE_MS = 10 * 60_000;

export class RosterMiddleware implements Middleware {
  private readonly known = new Set<string>();
  private readonly notOnRoster = new Map<string, number>();

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
    if (this.known.has(aad) || (this.notOnRoster.get(aad) ?? 0) > Date.now()) return;
    if (await this.onRoster(aad)) {
      this.known.add(aad);
      return;
    }
    let upn: string | undefined;
    try {
      const member = await TeamsInfo.getMember(context, a.from.id);
      upn = member.userPrincipalName || member.email || undefined;
    } catch {
      upn = undefined;
    }
    // Remember the e-mail on the profile: sector heads and admins are found by e-mail (the
    // roster's sectorHeadEmail) even when they are not on the roster themselves.
    if (upn) await this.rememberEmail(a.from.aadObjectId!, a.from.name ?? '', upn);
    const entry = upn ? await this.services.roster.get(upn) : undefined;
    if (!entry) {
      this.notOnRoster.set(aad, Date.now() + NEGATIVE_CACHE_MS);
      return;
    }
    await this.services.roster.matchIdentity(entry.id, aad);
    this.known.add(aad);
    this.services.logger.info({ aadObjectId: aad }, 'roster leader linked to Teams');
  }

  /**
   * In the roster snapshot (kept in memory, refreshed every half minute) rather than two
   * cross-partition queries per first contact. A leader missing from a stale snapshot is still
   * matched below, by UPN, with one point read.
   */
  private async onRoster(aad: string): Promise<boolean> {
    if (!this.services.directory) return (await this.services.roster.findByAadObjectId(aad)) !== undefined;
    const entries = await this.services.directory.entries();
    return entries.some((e) => e.aadObjectId?.toLowerCase() === aad || e.matchedAadObjectId === aad);
  }

  private async rememberEmail(aadObjectId: string, name: string, email: string): Promise<void> {
    const profiles = new ProfileRepository(this.services.store, this.services.now);
    const existing = await profiles.get(aadObjectId);
    if (existing?.value.email?.toLowerCase() === email.toLowerCase()) return;
    await profiles.update(aadObjectId, { id: aadObjectId, name }, (p) => ({ ...p, email: email.toLowerCase() }));
  }
}
