// Messages the bot starts itself (not answers): here the help request. It goes to the sector
// head the roster names for the initiative's sector (sectorHeadEmail), never to someone who only
// claims the role; when none can be reached, to the programme admins. Every message goes through
// the shared throttled sender.
import type { ConversationReference } from 'botbuilder';
import { sectorHeadEmailsOf } from '../domain/access/roles';
import type { Initiative, ProgressReport } from '../domain/initiative/initiative';
import { aadIdOf } from '../domain/roster/roster';
import type { Logger } from '../logger';
import type { RosterDirectory } from '../storage/queries/rosterDirectory';
import type { ConversationRepository } from '../storage/repositories/conversationRepository';
import type { ProfileRepository } from '../storage/repositories/profileRepository';
import { helpRequestCard } from './cards/initiativeCards';
import type { HelpOutcome, Notifier } from './turn/deps';
import type { ThrottledSender } from './proactive/throttledSender';

interface Recipient {
  aadObjectId: string;
  name: string;
}

export class ProactiveNotifier implements Notifier {
  constructor(
    private readonly sender: ThrottledSender,
    private readonly conversations: ConversationRepository,
    private readonly profiles: ProfileRepository,
    private readonly directory: Pick<RosterDirectory, 'entries'>,
    private readonly adminAadObjectIds: readonly string[],
    private readonly logger: Logger,
  ) {}

  async helpRequested(initiative: Initiative, report: ProgressReport): Promise<HelpOutcome> {
    const heads = await this.sectorHeads(initiative.sector);
    const toHeads = await this.sendTo(heads, initiative, report);
    if (toHeads.length > 0) return { to: 'sectorHead', names: toHeads };
    const admins = await Promise.all(this.adminAadObjectIds.map(async (id) => ({ aadObjectId: id, name: (await this.profiles.get(id))?.value.name ?? '' })));
    const toAdmins = await this.sendTo(admins, initiative, report);
    return toAdmins.length > 0 ? { to: 'admins', names: toAdmins } : { to: 'nobody', names: [] };
  }

  /** The people the roster names as sector head for `sector`, matched to Entra ids by roster row or profile e-mail. */
  private async sectorHeads(sector: string): Promise<Recipient[]> {
    const entries = await this.directory.entries();
    const found: Recipient[] = [];
    for (const email of sectorHeadEmailsOf(entries, sector)) {
      const row = entries.find((e) => e.id === email);
      const aad = (row && aadIdOf(row)) ?? (await this.profiles.byEmail(email))?.id;
      if (aad) found.push({ aadObjectId: aad, name: row?.name ?? (await this.profiles.get(aad))?.value.name ?? email });
    }
    return found;
  }

  /** Sends the help card to each recipient with a working chat; the names of those it reached. */
  private async sendTo(recipients: Recipient[], initiative: Initiative, report: ProgressReport): Promise<string[]> {
    const reached: string[] = [];
    for (const r of recipients) {
      const conversation = await this.conversations.findByUser(r.aadObjectId);
      if (!conversation?.value.installed || conversation.value.unreachableAt) continue;
      const language = (await this.profiles.get(r.aadObjectId))?.value.language ?? 'nb';
      const outcome = await this.sender.send(
        { reference: conversation.value.reference as Partial<ConversationReference>, conversationRecordId: conversation.value.id },
        { attachments: [helpRequestCard(language, initiative, report)] },
      );
      if (outcome.status === 'sent') reached.push(r.name);
      else this.logger.warn({ initiativeId: initiative.id, status: outcome.status }, 'help request not delivered');
    }
    return reached;
  }
}
