// `nytt tiltak`: two short cards (what and why; who benefits and the phase, with the other KS
// fields folded away as optional), a summary, then "Registrer". The initiative's id comes from
// the dialog's token, so a double submit can never create two initiatives. What was left out is
// asked for afterwards with one line and a button to `rediger`.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { PROPOSAL_STEPS, PROPOSAL_STEP_FIELDS, type FieldErrors, type ProposalStep, type RawForm } from '../../domain/initiative/formTypes';
import { parseProposal, validateProposalStep } from '../../domain/initiative/forms';
import { osloToday } from './osloToday';
import { detailsNudgeCard, lacksDetails } from './detailsNudge';
import { initiativeIdFor, newInitiative } from '../../domain/initiative/rules';
import { ledUnit } from '../../domain/idea/access';
import { t } from '../../i18n';
import { proposeStepCard, proposeSummaryCard, type FormMeta } from '../cards/initiativeCards';
import { initiativeRegisteredFromIdea } from '../ideas/initiativeFromIdea';
import { hitRows } from '../explore/exploreCards';
import { reuseRegistered } from '../explore/reuseLink';
import { turnInfo } from '../turn/turnInfo';
import { CardFormDialog, type FormState, type StepOutcome } from '../forms/cardFormDialog';
import { DIALOG } from '../forms/dialogIds';
import type { TeamsDeps } from '../turn/deps';

const SUMMARY = 'summary';
const STEPS = [...PROPOSAL_STEPS, SUMMARY];
/** The summary's only input: which of their units a leader of several registers it on. */
const SUMMARY_FIELDS = ['ownerUnit'] as const;

export interface ProposeOptions {
  /** Prefilled answers, e.g. from an employee's idea. */
  prefill?: RawForm;
  /** The idea the proposal started from: linked to the initiative when it is registered. */
  fromIdeaId?: string;
  /** A reuse («stjæl med stil»): the original initiative, linked when this one is registered. */
  reuseOf?: string;
}

function isProposalStep(step: string): step is ProposalStep {
  return (PROPOSAL_STEPS as readonly string[]).includes(step);
}

type Deps = Pick<TeamsDeps, 'initiatives' | 'ideas' | 'ideaCards' | 'config' | 'now' | 'search' | 'reuseThanks'>;

export class ProposeInitiativeDialog extends CardFormDialog {
  protected readonly form = 'propose' as const;
  // 2: five steps became two; a dialog started on the old steps restarts.
  protected readonly version = 2;

  constructor(private readonly deps: Deps) {
    super(DIALOG.propose);
  }

  protected steps(): string[] {
    return STEPS;
  }

  protected fieldsOf(step: string): readonly string[] {
    return isProposalStep(step) ? PROPOSAL_STEP_FIELDS[step] : SUMMARY_FIELDS;
  }

  protected helpKey(step: string) {
    return isProposalStep(step) ? (`propose.help.${step}` as const) : ('propose.help.summary' as const);
  }

  protected override async start(dc: DialogContext, state: FormState): Promise<DialogTurnResult | undefined> {
    const options = state.options as ProposeOptions;
    state.raw = { ...(options.prefill ?? {}) };
    // Nothing to confirm first: unit and sector come from the roster, the name from Teams.
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
    const owner = this.owner(dc, state);
    const reuseOf = (state.options as ProposeOptions).reuseOf;
    const similar = this.deps.search
      .similarTo({ title: parsed.value.title, problem: parsed.value.problem, unit: owner?.unit ?? '' })
      .filter((h) => h.id !== reuseOf);
    const shown = owner ? { ...owner, units: turnInfo(dc.context).roles.leads.map((l) => l.unit) } : { name: this.name(dc), unit: '', sector: '' };
    return proposeSummaryCard(locale, meta, parsed.value, shown, hitRows(locale, similar));
  }

  protected async submit(dc: DialogContext, state: FormState, step: string): Promise<StepOutcome<unknown>> {
    if (isProposalStep(step)) {
      const errors = validateProposalStep(step, state.raw, { today: osloToday(this.deps.now()) });
      return Object.keys(errors).length > 0 ? { kind: 'errors', errors } : { kind: 'next' };
    }
    // "Registrer": everything is checked again on the server, whatever earlier steps said.
    const parsed = parseProposal(state.raw, { today: osloToday(this.deps.now()) });
    if (!parsed.ok) {
      state.stepIndex = STEPS.indexOf(parsed.step);
      return { kind: 'errors', errors: parsed.errors };
    }
    const info = turnInfo(dc.context);
    // Unit and sector from the roster (a unit the speaker leads), so a reuse, too, is registered
    // only for a unit the roster says they lead.
    const owner = this.owner(dc, state);
    const reuseOf = (state.options as ProposeOptions).reuseOf;
    if (!info.aadObjectId || !owner) {
      // Left the roster while the form was open: the route's rule would refuse them now.
      await dc.context.sendActivity(t(info.locale, 'access.notOnRoster'));
      return { kind: 'done' };
    }
    const { initiative, created } = await this.deps.initiatives.createIfAbsent(
      newInitiative({
        id: initiativeIdFor(state.token),
        proposal: parsed.value,
        owner: { id: info.aadObjectId, ...owner },
        now: this.deps.now(),
      }),
    );
    await dc.context.sendActivity({
      text: t(info.locale, created ? 'flow.initiativeRegistered' : 'dialog.alreadyRegistered', { title: initiative.title }),
      textFormat: 'plain',
    });
    if (created && lacksDetails(initiative)) await dc.context.sendActivity({ attachments: [detailsNudgeCard(info.locale, initiative)] });
    const fromIdeaId = (state.options as ProposeOptions).fromIdeaId;
    if (created && fromIdeaId) await initiativeRegisteredFromIdea(dc.context, this.deps, fromIdeaId, initiative.id);
    if (reuseOf) await reuseRegistered(dc.context, this.deps, reuseOf, initiative);
    return { kind: 'done', result: initiative.id };
  }

  private name(dc: DialogContext): string {
    return turnInfo(dc.context).profile?.name ?? dc.context.activity.from?.name ?? '';
  }

  /** The owner as the roster says: a unit the speaker leads (the one chosen, if theirs) and its sector. */
  private owner(dc: DialogContext, state: FormState): { name: string; unit: string; sector: string } | undefined {
    const led = ledUnit(turnInfo(dc.context).roles, typeof state.raw.ownerUnit === 'string' ? state.raw.ownerUnit : undefined);
    return led ? { name: this.name(dc), unit: led.unit, sector: led.sector } : undefined;
  }
}
