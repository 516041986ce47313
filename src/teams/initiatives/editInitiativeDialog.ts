// `rediger` / the Edit button: every field of an initiative, on the proposal's two cards
// prefilled (what and why; who, phase, the optional KS fields, co-owners and KS details), held
// to the checks of registering. A save is one optimistic update that also appends the change
// (who, when, which fields) to the history; a retried «Lagre» finds its change and writes nothing.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { CO_OWNER_FIELD, DETAILS_FIELDS, PROPOSAL_STEP_FIELDS, type FieldErrors } from '../../domain/initiative/formTypes';
import { validateProposalStep } from '../../domain/initiative/forms';
import { applyEdit, editBaseOf, editIdFor, parseInitiativeEdit, toRawEdit, type EditBase } from '../../domain/initiative/edit';
import { listText, t } from '../../i18n';
import { pickInitiativeCard, proposeStepCard, type FormMeta } from '../cards/initiativeCards';
import { turnInfo } from '../turn/turnInfo';
import { CardFormDialog, type FormState, type StepOutcome } from '../forms/cardFormDialog';
import { DIALOG } from '../forms/dialogIds';
import { checkEditAccess, noInitiativesKey, ownInitiatives } from './initiativeAccess';
import { coOwnerChoices } from './coOwnerChoices';
import { osloToday } from './osloToday';
import { coOwnerChanges } from '../../domain/initiative/coOwnerChanges';
import { tellCoOwners } from './coOwnerNotice';
import { tellOwnerOfEdit } from './ownerNotice';
import type { TeamsDeps } from '../turn/deps';
import type { TargetOptions } from './reportDialog';

type Data = { initiativeId?: string; pick?: boolean; base?: EditBase };

interface EditOptions extends TargetOptions {
  focus?: 'details';
}

const WHO_FIELDS: readonly string[] = [...PROPOSAL_STEP_FIELDS.who, ...DETAILS_FIELDS, CO_OWNER_FIELD];

type Deps = Pick<TeamsDeps, 'initiatives' | 'config' | 'now' | 'roster' | 'sender' | 'conversations' | 'profiles' | 'outbox' | 'logger'>;

export class EditInitiativeDialog extends CardFormDialog<Data> {
  protected readonly form = 'edit' as const;
  // 2: every field on two cards (was the KS details only).
  protected readonly version = 2;

  constructor(private readonly deps: Deps) {
    super(DIALOG.edit);
  }

  protected steps(state: FormState<Data>): string[] {
    return state.data.pick ? ['pick', 'what', 'who'] : ['what', 'who'];
  }

  protected fieldsOf(step: string): readonly string[] {
    if (step === 'pick') return ['initiativeId'];
    return step === 'what' ? PROPOSAL_STEP_FIELDS.what : WHO_FIELDS;
  }

  protected helpKey() {
    return 'edit.help' as const;
  }

  protected override async start(dc: DialogContext, state: FormState<Data>): Promise<DialogTurnResult | undefined> {
    const info = turnInfo(dc.context);
    const { initiativeId: wanted, focus } = state.options as EditOptions;
    if (wanted !== undefined) {
      const refused = await this.choose(dc, state, wanted);
      // From the nudge: straight to the second card (Tilbake leads to the first).
      if (!refused && focus === 'details') state.stepIndex = this.steps(state).indexOf('who');
      return refused;
    }
    const mine = await ownInitiatives(this.deps, info);
    if (mine.length === 0) {
      await dc.context.sendActivity(t(info.locale, noInitiativesKey(info.roles)));
      return dc.endDialog();
    }
    if (mine.length === 1) return this.choose(dc, state, mine[0]!.id);
    state.data.pick = true;
    return undefined;
  }

  protected async render(dc: DialogContext, state: FormState<Data>, meta: FormMeta, errors: FieldErrors) {
    const locale = turnInfo(dc.context).locale;
    if (meta.step === 'pick') return pickInitiativeCard(locale, meta, await ownInitiatives(this.deps, turnInfo(dc.context)));
    const step = meta.step === 'what' ? 'what' : 'who';
    const initiative = (await this.deps.initiatives.get(state.data.initiativeId!))!.value;
    const { choices } = await coOwnerChoices(this.deps, initiative);
    return proposeStepCard(locale, meta, step, state.raw, errors, { coOwnerChoices: choices });
  }

  protected async submit(dc: DialogContext, state: FormState<Data>, step: string): Promise<StepOutcome<unknown>> {
    const info = turnInfo(dc.context);
    if (step === 'pick') {
      const mine = await ownInitiatives(this.deps, info);
      if (!mine.some((i) => i.id === state.raw.initiativeId)) return { kind: 'errors', errors: { initiativeId: { code: 'invalidChoice' } } };
      return (await this.choose(dc, state, state.raw.initiativeId!)) ? { kind: 'ended' } : { kind: 'next' };
    }
    // Checked at every submit, whatever the card says: the owner, a co-owner or an admin.
    const access = await checkEditAccess(this.deps, info, state.data.initiativeId);
    if (!access.ok) {
      await dc.context.sendActivity(t(info.locale, access.message));
      return { kind: 'done' };
    }
    if (step === 'what') {
      const errors = validateProposalStep('what', state.raw);
      return Object.keys(errors).length > 0 ? { kind: 'errors', errors } : { kind: 'next' };
    }
    const choices = await coOwnerChoices(this.deps, access.initiative);
    const today = osloToday(this.deps.now());
    const parsed = parseInitiativeEdit(state.raw, { today, current: access.initiative, coOwnerChoices: choices.ids });
    if (!parsed.ok) {
      // Only a forged submit gets here with the first card's fields wrong: show that card.
      if (PROPOSAL_STEP_FIELDS.what.some((id) => id in parsed.errors)) state.stepIndex = this.steps(state).indexOf('what');
      return { kind: 'errors', errors: parsed.errors };
    }
    const by = { id: info.aadObjectId!, name: info.profile?.name?.trim() || dc.context.activity.from?.name?.trim() || '' };
    const editId = editIdFor(access.initiative.id, state.token);
    const { initiative, written } = await this.deps.initiatives.updateIfChanged(access.initiative.id, (current) =>
      // Recomputed on the stored version at every attempt; only what the leader changed on the
      // form is written, so a report saved meanwhile (a new phase) is kept.
      applyEdit(current, parsed.value, by, this.deps.now(), editId, state.data.base)?.initiative,
    );
    const stored = initiative ?? access.initiative;
    await dc.context.sendActivity({ text: t(info.locale, written ? 'flow.detailsSaved' : 'flow.nothingChanged', { title: stored.title }), textFormat: 'plain' });
    // Told from the saved edit, not from `written`: a retry after a save whose notices never went
    // out sends them; the ledger's key per notice keeps anyone from hearing it twice.
    const saved = stored.changes?.find((c) => c.kind === 'edited' && c.editId === editId);
    if (saved?.kind === 'edited' && saved.fields.includes('coOwnerIds')) {
      const shown = state.data.base?.coOwnerIds ?? access.initiative.coOwnerIds;
      const changes = coOwnerChanges(shown, parsed.value.coOwnerIds, stored.coOwnerIds, by.id);
      const notReached = await tellCoOwners(this.deps, { initiative: stored, by, editId, changes, names: choices.names });
      if (notReached.length > 0) await dc.context.sendActivity({ text: t(info.locale, 'coOwnerNotice.notReached', { names: listText(info.locale, notReached) }), textFormat: 'plain' });
    }
    await tellOwnerOfEdit(this.deps, stored, { ...by, admin: info.roles.admin }, editId);
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
    state.raw = toRawEdit(access.initiative);
    state.data.base = editBaseOf(access.initiative);
    return undefined;
  }
}
