// `nytt tiltak`: a few short card steps (what and why; who benefits and what kind; employees;
// expected benefits; phase and dates), a summary, then "Registrer". The initiative's id comes
// from the dialog's token, so a double submit can never create two initiatives.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { PROPOSAL_STEPS, PROPOSAL_STEP_FIELDS, type FieldErrors, type ProposalStep, type RawForm } from '../../domain/initiative/formTypes';
import { parseProposal, validateProposalStep } from '../../domain/initiative/forms';
import { osloToday } from './osloToday';
import { initiativeIdFor, newInitiative } from '../../domain/initiative/rules';
import type { Profile } from '../../domain/profile/profile';
import { t } from '../../i18n';
import { proposeStepCard, proposeSummaryCard, type FormMeta } from '../cards/initiativeCards';
import { initiativeRegisteredFromIdea } from '../ideas/initiativeFromIdea';
import { turnInfo } from '../turn/turnInfo';
import { CardFormDialog, type FormState, type StepOutcome } from '../forms/cardFormDialog';
import { DIALOG } from '../forms/dialogIds';
import type { TeamsDeps } from '../turn/deps';

const SUMMARY = 'summary';
const STEPS = [...PROPOSAL_STEPS, SUMMARY];

export interface ProposeOptions {
  /** Prefilled answers, e.g. from an employee's idea. */
  prefill?: RawForm;
  /** The idea the proposal started from: linked to the initiative when it is registered. */
  fromIdeaId?: string;
}

function isProposalStep(step: string): step is ProposalStep {
  return (PROPOSAL_STEPS as readonly string[]).includes(step);
}

type Deps = Pick<TeamsDeps, 'initiatives' | 'ideas' | 'ideaCards' | 'config' | 'now'>;

export class ProposeInitiativeDialog extends CardFormDialog {
  protected readonly form = 'propose' as const;
  protected readonly version = 1;

  constructor(private readonly deps: Deps) {
    super(DIALOG.propose);
  }

  protected steps(): string[] {
    return STEPS;
  }

  protected fieldsOf(step: string): readonly string[] {
    return isProposalStep(step) ? PROPOSAL_STEP_FIELDS[step] : [];
  }

  protected helpKey(step: string) {
    return isProposalStep(step) ? (`propose.help.${step}` as const) : ('propose.help.summary' as const);
  }

  protected override async start(dc: DialogContext, state: FormState): Promise<DialogTurnResult | undefined> {
    const options = state.options as ProposeOptions;
    state.raw = { ...(options.prefill ?? {}) };
    const profile = await this.profile(dc);
    if (!profile?.confirmedAt) {
      await dc.context.sendActivity(t(turnInfo(dc.context).locale, 'flow.profileFirst'));
      return dc.beginDialog(DIALOG.profile);
    }
    return undefined;
  }

  protected async render(dc: DialogContext, state: FormState, meta: FormMeta, errors: FieldErrors) {
    const locale = turnInfo(dc.context).locale;
    if (isProposalStep(meta.step)) return proposeStepCard(locale, meta, meta.step, state.raw, errors);
    const parsed = parseProposal(state.raw);
    if (!parsed.ok) {
      // Only reachable if the steps changed under the leader: go to the first step with a problem.
      state.stepIndex = STEPS.indexOf(parsed.step);
      return proposeStepCard(locale, this.meta(state), parsed.step, state.raw, parsed.errors);
    }
    const profile = await this.profile(dc);
    return proposeSummaryCard(locale, meta, parsed.value, { name: profile?.name ?? '', unit: profile?.unit ?? '', sector: profile?.sector ?? '' });
  }

  protected async submit(dc: DialogContext, state: FormState, step: string): Promise<StepOutcome<unknown>> {
    if (isProposalStep(step)) {
      const errors = validateProposalStep(step, state.raw, osloToday(this.deps.now()));
      return Object.keys(errors).length > 0 ? { kind: 'errors', errors } : { kind: 'next' };
    }
    // "Registrer": everything is checked again on the server, whatever earlier steps said.
    const parsed = parseProposal(state.raw, osloToday(this.deps.now()));
    if (!parsed.ok) {
      state.stepIndex = STEPS.indexOf(parsed.step);
      return { kind: 'errors', errors: parsed.errors };
    }
    const info = turnInfo(dc.context);
    const profile = await this.profile(dc);
    if (!info.aadObjectId || !profile?.unit || !profile.sector) return { kind: 'done' };
    const { initiative, created } = await this.deps.initiatives.createIfAbsent(
      newInitiative({
        id: initiativeIdFor(state.token),
        proposal: parsed.value,
        owner: { id: info.aadObjectId, name: profile.name, unit: profile.unit, sector: profile.sector },
        now: this.deps.now(),
      }),
    );
    await dc.context.sendActivity({
      text: t(info.locale, created ? 'flow.initiativeRegistered' : 'dialog.alreadyRegistered', { title: initiative.title }),
      textFormat: 'plain',
    });
    const fromIdeaId = (state.options as ProposeOptions).fromIdeaId;
    if (created && fromIdeaId) await initiativeRegisteredFromIdea(dc.context, this.deps, fromIdeaId, initiative.id);
    return { kind: 'done', result: initiative.id };
  }

  /** Read once at the start of the turn (and refreshed there when the profile dialog saves it). */
  private async profile(dc: DialogContext): Promise<Profile | undefined> {
    return turnInfo(dc.context).profile;
  }
}
