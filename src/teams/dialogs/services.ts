// What dialogs and handlers need from the rest of the app, passed in (no globals).
import type { AppConfig } from '../../config';
import type { Logger } from '../../logger';
import type { InitiativeRepository } from '../../storage/repositories/initiativeRepository';
import type { ProfileRepository } from '../../storage/repositories/profileRepository';
import type { ReportRepository } from '../../storage/repositories/reportRepository';
import type { IdeaRepository } from '../../storage/repositories/ideaRepository';
import type { TeamLinkRepository } from '../../storage/repositories/teamLinkRepository';
import type { IdeaMessenger } from '../ideas/ideaMessenger';
import type { Initiative, ProgressReport } from '../../domain/initiative/initiative';

export interface Notifier {
  /** Tells the sector head of the initiative's sector that the leader asked for help. */
  helpRequested(initiative: Initiative, report: ProgressReport): Promise<boolean>;
}

export interface TeamsServices {
  config: AppConfig;
  logger: Logger;
  profiles: ProfileRepository;
  initiatives: InitiativeRepository;
  reports: ReportRepository;
  notifier: Notifier;
  /** Employee ideas (issue 4), the team-to-unit links, and the idea cards' channel and personal messages. */
  ideas: IdeaRepository;
  teamLinks: TeamLinkRepository;
  ideaMessenger: IdeaMessenger;
  now(): Date;
}

export function isAdmin(services: TeamsServices, aadObjectId: string | undefined): boolean {
  return !!aadObjectId && services.config.adminAadObjectIds.includes(aadObjectId);
}

/** Today's date in Norway as 'yyyy-mm-dd' (the programme's dates are Norwegian local dates). */
export function osloToday(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
