// `rapporter`: pick the initiative (skipped when there is one), then the progress report form.
// A closing status leads on to the closing report card; the report and the closing are saved
// together, once, after that card. Reports are added, never overwritten.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { FieldErrors } from '../../domain/initiative/formTypes';
import { closingRequired, parseProgressReport } from '../../domain/initiative/forms';
import { REPORT_FIELDS } from '../../domain/initiative/formTypes';
import { CLOSING_ALL_FIELDS } from '../../domain/initiative/reportForm';
import type { Initiative, ProgressReport } from '../../domain/initiative/initiative';
import { asksForHelp, HELP_REQUEST_KIND, HELP_REQUESTS_PER_LEADER_PER_DAY, helpRequestAllowance } from '../../domain/initiative/helpRequest';
import { applyReport, reportIdFor } from '../../domain/initiative/rules';
import { listText, t } from '../../i18n';
import { closingReportCard, pickInitiativeCard, reportFormCard, type FormMeta } from '../cards/initiativeCards';
import { turnInfo } from '../turn/turnInfo';
import { isLeader, sectorHeadEmailsOf } from '../../domain/access/roles';
import { CardFormDialog, type FormState, type StepOutcome } from '../forms/cardFormDialog';
import { DIALOG } from '../forms/dialogIds';
import { checkEditAccess, noInitiativesKey, ownInitiatives } from './initiativeAccess';
import type { TeamsDeps } from '../turn/deps';
import { osloToday } from './osloToday';
import { detailsNudgeCard, lacksDetails } from './detailsNudge';
import { tellOwnerOfReport } from './ownerNotice';

export interface TargetOptions {
  initiativeId?: string;
}

type Data = { initiativeId?: string; pick?: boolean };

type Deps = Pick<TeamsDeps, 'initiatives' | 'reports' | 'notifier' | 'config' | 'now' | 'sender' | 'conversations' | 'profiles' | 'outbox' | 'logger' | 'directory'>;

export class ReportDialog extends CardFormDialog<Data> {
  protected readonly form = 'report' as const;
  protected readonly version = 2;

  constructor(private readonly deps: Deps) {
    super(DIALOG.report);
  }

  protected steps(state: FormState<Data>): string[] {
    const steps = state.data.pick ? ['pick', 'form'] : ['form'];
    return closingRequired(state.raw.status ?? '') ? [...steps, 'closing'] : steps;
  }

  protected fieldsOf(step: string): readonly string[] {
    if (step === 'pick') return ['initiativeId'];
    return step === 'closing' ? CLOSING_ALL_FIELDS : REPORT_FIELDS;
  }

  protected helpKey(step: string) {
    return step === 'closing' ? ('report.closing.help' as const) : ('report.help' as const);
  }

  protected override async start(dc: DialogContext, state: FormState<Data>): Promise<DialogTurnResult | undefined> {
    const info = turnInfo(dc.context);
    const wanted = (state.options as TargetOptions).initiativeId;
    if (wanted !== undefined) return (await this.choose(dc, state, wanted)) ?? undefined;
    const open = await ownInitiatives(this.deps, info, { open: true });
    if (open.length === 0) {
      // A leader whose initiatives are all closed has some: «Gjenåpne» in `mine tiltak` is the way on.
      const closedOnly = isLeader(info.roles) && (await ownInitiatives(this.deps, info)).length > 0;
      await dc.context.sendActivity(t(info.locale, closedOnly ? 'flow.noOpenInitiatives' : noInitiativesKey(info.roles)));
      return dc.endDialog();
    }
    if (open.length === 1) return (await this.choose(dc, state, open[0]!.id)) ?? undefined;
    state.data.pick = true;
    return undefined;
  }

  protected async render(dc: DialogContext, state: FormState<Data>, meta: FormMeta, errors: FieldErrors) {
    const locale = turnInfo(dc.context).locale;
    if (meta.step === 'pick') return pickInitiativeCard(locale, meta, await ownInitiatives(this.deps, turnInfo(dc.context), { open: true }));
    const initiative = (await this.deps.initiatives.get(state.data.initiativeId!))!.value;
    if (meta.step === 'closing') return closingReportCard(locale, meta, initiative, state.raw, errors);
    return reportFormCard(locale, meta, initiative, state.raw, errors);
  }

  protected async submit(dc: DialogContext, state: FormState<Data>, step: string): Promise<StepOutcome<unknown>> {
    const info = turnInfo(dc.context);
    if (step === 'pick') {
      const mine = await ownInitiatives(this.deps, info, { open: true });
      if (!mine.some((i) => i.id === state.raw.initiativeId)) return { kind: 'errors', errors: { initiativeId: { code: 'invalidChoice' } } };
      const ended = await this.choose(dc, state, state.raw.initiativeId!);
      return ended ? { kind: 'ended' } : { kind: 'next' };
    }
    // Checked again at submit: the card may be old, or forged.
    const access = await checkEditAccess(this.deps, info, state.data.initiativeId, { open: true });
    if (!access.ok) {
      await dc.context.sendActivity(t(info.locale, access.message));
      return { kind: 'done' };
    }
    const now = this.deps.now();
    const parsed = parseProgressReport(state.raw, osloToday(now));
    if (step === 'form' && closingRequired(state.raw.status ?? '')) {
      // The report card is checked on its own; the closing card follows and the whole is saved after it.
      const errors = parsed.ok ? {} : onlyFields(parsed.errors, REPORT_FIELDS);
      return Object.keys(errors).length > 0 ? { kind: 'errors', errors } : { kind: 'next' };
    }
    if (!parsed.ok) return { kind: 'errors', errors: parsed.errors };
    const initiative = access.initiative;
    const report: ProgressReport = {
      ...parsed.value,
      id: reportIdFor(initiative.id, state.token),
      initiativeId: initiative.id,
      reportedById: info.aadObjectId!,
      reportedByName: dc.context.activity.from?.name ?? '',
      reportedAt: now.toISOString(),
      phaseBefore: initiative.phase,
    };
    const { report: saved, created } = await this.deps.reports.add(report);
    // Idempotent: applying the same report twice changes nothing.
    const updated = await this.deps.initiatives.update(initiative.id, (current) =>
      current.lastReportAt && current.lastReportAt >= saved.reportedAt ? undefined : applyReport(current, saved, now),
    );
    const title = (updated ?? initiative).title;
    // From the stored report, also on a retry: the ledger's key lets the owner hear it once.
    await tellOwnerOfReport(this.deps, updated ?? initiative, saved, info.roles.admin);
    if (!created) {
      await dc.context.sendActivity(t(info.locale, 'dialog.alreadyReported'));
      return { kind: 'done' };
    }
    await dc.context.sendActivity({ text: t(info.locale, saved.closing ? 'flow.closingSaved' : 'flow.reportSaved', { title }), textFormat: 'plain' });
    if (asksForHelp(saved)) await this.askForHelp(dc, updated ?? initiative, saved);
    // The first report asks once more, gently, for the KS fields registration let wait.
    const after = updated ?? initiative;
    if (!initiative.lastReportAt && !saved.closing && lacksDetails(after)) await dc.context.sendActivity({ attachments: [detailsNudgeCard(info.locale, after)] });
    return { kind: 'done' };
  }

  /**
   * Tells the sector head (or the admins) that the leader asked for help, within the leader's
   * daily allowance: the request takes a ledger slot first, so however many reports are sent,
   * at once or on several instances, no more than HELP_REQUESTS_PER_LEADER_PER_DAY go out a day.
   * The leader is told who was notified, that nobody could be reached, or that the day's are used.
   */
  private async askForHelp(dc: DialogContext, initiative: Initiative, saved: ProgressReport): Promise<void> {
    const { locale } = turnInfo(dc.context);
    const allowance = helpRequestAllowance(saved.reportedById, this.deps.now());
    const slot = await this.deps.outbox.claimSlot(allowance.keys, saved.id, {
      kind: HELP_REQUEST_KIND,
      period: allowance.period,
      recipientKey: initiative.sector.toLowerCase(),
      recipientName: initiative.sector,
      runId: `help@${saved.reportedById}`,
    });
    if (slot.outcome !== 'claimed') {
      if (slot.outcome === 'full') {
        // Whom to contact directly: the sector head when the roster names one (even one the bot
        // could not reach in Teams), the innovation team when the sector has none (its requests go there).
        const hasSectorHead = sectorHeadEmailsOf(await this.deps.directory.entries(), initiative.sector).length > 0;
        const key = hasSectorHead ? 'access.helpLimited' : 'access.helpLimitedAdmins';
        await dc.context.sendActivity({ text: t(locale, key, { max: HELP_REQUESTS_PER_LEADER_PER_DAY }), textFormat: 'plain' });
      }
      return;
    }
    const told = await this.deps.notifier.helpRequested(initiative, saved);
    await this.deps.outbox.finish(slot.key, { status: told.to === 'nobody' ? 'unreachable' : 'sent', attempts: 1 });
    const text =
      told.to === 'sectorHead'
        ? t(locale, 'access.helpSentTo', { names: listText(locale, told.names) })
        : told.to === 'admins'
          ? t(locale, 'access.helpSentToAdmins', { sector: initiative.sector })
          : t(locale, 'access.helpNobody');
    await dc.context.sendActivity({ text, textFormat: 'plain' });
  }

  /** Sets the initiative to report on after the access check; answers and ends if refused. */
  private async choose(dc: DialogContext, state: FormState<Data>, initiativeId: string): Promise<DialogTurnResult | undefined> {
    const info = turnInfo(dc.context);
    const access = await checkEditAccess(this.deps, info, initiativeId, { open: true });
    if (!access.ok) {
      await dc.context.sendActivity(t(info.locale, access.message));
      return dc.endDialog();
    }
    state.data.initiativeId = initiativeId;
    state.raw = { phase: access.initiative.phase, status: access.initiative.status, progress: access.initiative.progress ?? 'on_track' };
    return undefined;
  }
}

function onlyFields(errors: FieldErrors, ids: readonly string[]): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([id]) => ids.includes(id)));
}
