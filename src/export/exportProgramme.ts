// The export for one viewer's scope: all sectors for admins, the given sectors for a sector
// head. The facts are filtered before anything is counted or written, so a sector head's file
// holds nothing from another sector. Used by `npm run export` and (later) the `eksport` command.
import type { Overview, OverviewClock, ProgrammeFacts } from '../domain/overview/overview';
import { computeOverview } from '../domain/overview/computeOverview';
import { factsForSectors } from '../domain/overview/scope';
import type { ParticipantRow } from '../domain/leadershipProgramme/participants';
import { exportFileName, workbookBytes, type Translate } from './workbook';

export interface ProgrammeExport {
  fileName: string;
  bytes: Buffer;
  overview: Overview;
}

export async function exportProgramme(
  facts: ProgrammeFacts,
  clock: OverviewClock,
  translate: Translate,
  sectors?: readonly string[],
  /** Leadership programme participants: only in the whole municipality's (admins') export. */
  participants?: readonly ParticipantRow[],
): Promise<ProgrammeExport> {
  const scoped = sectors ? factsForSectors(facts, sectors) : facts;
  const overview = computeOverview(scoped, clock);
  const scope = sectors ? sectors.join(', ') : undefined;
  const bytes = await workbookBytes({ facts: scoped, overview, translate, scope, ...(sectors ? {} : { participants }) });
  return { fileName: exportFileName(clock.now, scope), bytes, overview };
}
