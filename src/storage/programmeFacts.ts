// Reads what the overview and the export are counted from, in five queries (not one per
// leader): roster, initiatives, reports, ideas and the personal conversations that tell who
// the bot can reach. On Cosmos each is one cross-partition query; see docs/scaling.md.
import type { ProgrammeFacts } from '../domain/overview/overview';
import type { Idea } from '../domain/idea/idea';
import type { DocumentStore } from './documentStore';
import type { ConversationRecord } from './repositories/conversationRepository';
import { InitiativeRepository } from './repositories/initiativeRepository';
import { ReportRepository } from './repositories/reportRepository';
import { RosterRepository } from './repositories/rosterRepository';

export async function loadProgrammeFacts(store: DocumentStore): Promise<ProgrammeFacts> {
  const [roster, initiatives, reports, ideas, conversations] = await Promise.all([
    new RosterRepository(store).all(),
    new InitiativeRepository(store).listAll(),
    new ReportRepository(store).listAll(),
    store.collection<Idea>('ideas').query(),
    store.collection<ConversationRecord>('conversations').query({ where: [{ field: 'scope', op: '=', value: 'personal' }] }),
  ]);
  const reachable = new Set<string>();
  for (const { value: c } of conversations) if (c.aadObjectId && c.installed && !c.unreachableAt) reachable.add(c.aadObjectId.toLowerCase());
  return { roster, initiatives, reports, ideas: ideas.map((d) => d.value), reachable };
}
