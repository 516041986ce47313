// `rediger` / the Edit button: the optional KS barometer details (novelty, reuse, initiators,
// partners, funding) that the short proposal leaves out.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { DETAILS_FIELDS, type FieldErrors, type RawForm } from '../../domain/initiative/formTypes';
import { parseDetails } from '../../domain/initiative/forms';
import type { Initiative } from '../../domain/initiative/initiative';
import { t } from '../../i18n';
import { editDetailsCard, pickInitiativeCard, type FormMeta } from '../cards/initiativeCards';
import { turnInfo } from '../turn/turnInfo';
import { CardFormDialog, type FormState, type StepOutcome } from '../forms/cardFormDialog';
import { DIALOG } from '../forms/dialogIds';
import { checkEditAccess, ownInitiatives } from './initiativeAccess';
import type { TeamsDeps } from '../turn/deps';
import type { TargetOptions } from './reportDialog';

type Data = { initiativeId?: string; pick?: boolean };

function detailsRaw(i: Initiative): RawForm {
  return {
    novelty: i.novelty ?? '',
    reuseSource: i.reuseSource ?? '',
    reuseReference: i.reuseReference ?? '',
    initiators: (i.initiators ?? []).join(','),
    partners: (i.partners ?? []).join(','),
    funding: (i.funding ?? []).join(','),
  };
}

type Deps = Pick<TeamsDeps, 'initiatives' | 'config' | 'now'>;

export class EditInitiativeDialog extends CardFormDialog<Data> {
  protected readonly form = 'edit' as const;
  protected readonly version = 1;

  constructor(private readonly deps: Deps) {
    super(DIALOG.edit);
  }

  protected steps(state: FormState<Data>): string[] {
    return state.data.pick ? ['pick', 'details'] : ['details'];
  }

  protected fieldsOf(step: string): readonly string[] {
    return step === 'pick' ? ['initiativeId'] : DETAILS_FIELDS;
  }

  protected helpKey() {
    return 'edit.help' as const;
  }

  protected override async start(dc: DialogContext, state: FormState<Data>): Promise<DialogTurnResult | undefined> {
    const info = turnInfo(dc.context);
    const wanted = (state.options as TargetOptions).initiativeId;
    if (wanted !== undefined) return this.choose(dc, state, wanted);
    const mine = await ownInitiatives(this.deps, info);
    if (mine.length === 0) {
      await dc.context.sendActivity(t(info.locale, 'flow.noInitiatives'));
      return dc.endDialog();
    }
    if (mine.length === 1) return this.choose(dc, state, mine[0]!.id);
    state.data.pick = true;
    return undefined;
  }

  protected async render(dc: DialogContext, state: FormState<Data>, meta: FormMeta, errors: FieldErrors) {
    const locale = turnInfo(dc.context).locale;
    if (meta.step === 'pick') return pickInitiativeCard(locale, meta, await ownInitiatives(this.deps, turnInfo(dc.context)));
    const initiative = (await this.deps.initiatives.get(state.data.initiativeId!))!.value;
    return editDetailsCard(locale, meta, initiative, state.raw, errors);
  }

  protected async submit(dc: DialogContext, state: FormState<Data>, step: string): Promise<StepOutcome<unknown>> {
    const info = turnInfo(dc.context);
    if (step === 'pick') {
      const mine = await ownInitiatives(this.deps, info);
      if (!mine.some((i) => i.id === state.raw.initiativeId)) return { kind: 'errors', errors: { initiativeId: { code: 'invalidChoice' } } };
      return (await this.choose(dc, state, state.raw.initiativeId!)) ? { kind: 'ended' } : { kind: 'next' };
    }
    const access = await checkEditAccess(this.deps, info, state.data.initiativeId);
    if (!access.ok) {
      await dc.context.sendActivity(t(info.locale, access.message));
      return { kind: 'done' };
    }
    const parsed = parseDetails(state.raw);
    if (!parsed.ok) return { kind: 'errors', errors: parsed.errors };
    const now = this.deps.now().toISOString();
    const updated = await this.deps.initiatives.update(access.initiative.id, (current) => ({ ...current, ...parsed.value, updatedAt: now }));
    await dc.context.sendActivity({ text: t(info.locale, 'flow.detailsSaved', { title: (updated ?? access.initiative).title }), textFormat: 'plain' });
    return { kind: 'done' };
  }

  private async choose(dc: DialogContext, state: FormState<Data>, initiativeId: string): Promise<DialogTurnResult | undefined> {
    const info = turnInfo(dc.context);
    const access = await checkEditAccess(this.deps, info, initiativeId);
    if (!access.ok) {
      await dc.context.sendActivity(t(info.locale, access.message));
      return dc.endDialog();
    }
    state.data.initiativeId = initiativeId;
    state.raw = detailsRaw(access.initiative);
    return undefined;
  }
}
