// `eksport` (and the overview card's button): the Excel workbook for the viewer's scope (admins
// everything, a kommunalsjef their own sectors), offered in personal chat through Teams' file
// consent flow. The facts are filtered before anything is written (exportProgramme).
import type { TurnContext } from 'botbuilder';
import { exportSectors, isSectorHeadOrAdmin } from '../../domain/overview/viewer';
import { exportProgramme } from '../../export/exportProgramme';
import { participantsOf } from '../../export/participantsSheet';
import { t, type StringKey } from '../../i18n';
import { loadProgrammeFacts } from '../../storage/programmeFacts';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { overviewClock } from './overviewView';

export async function sendExport(context: TurnContext, deps: Pick<TeamsDeps, 'store' | 'config' | 'now' | 'files' | 'enrolments'>): Promise<void> {
  const { locale, roles } = turnInfo(context);
  if (!isSectorHeadOrAdmin(roles)) {
    await context.sendActivity(t(locale, 'overview.exportNotAllowed'));
    return;
  }
  const sectors = exportSectors(roles);
  const facts = await loadProgrammeFacts(deps.store);
  const translate = (key: string, params?: Record<string, string | number>) => t(locale, key as StringKey, params);
  // The leadership programme's participants go only into the whole municipality's (admins') file.
  const cohorts = deps.config.leadershipCohorts;
  const participants = !sectors && cohorts.length > 0 ? participantsOf(cohorts, await deps.enrolments.all()) : undefined;
  const file = await exportProgramme(facts, overviewClock(deps), translate, sectors, participants);
  const description = t(locale, 'overview.exportDescription', { scope: sectors ? sectors.join(', ') : t(locale, 'export.summary.scopeAll') });
  await deps.files.offer(context, { name: file.fileName, description, bytes: file.bytes }, locale);
}
