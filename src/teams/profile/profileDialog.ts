// `profil`: the name and language a person may choose. Unit, sector and role come from the roster.
import type { DialogContext } from 'botbuilder-dialogs';
import { PROFILE_FIELDS, type FieldErrors } from '../../domain/initiative/formTypes';
import { parseProfileForm } from '../../domain/initiative/forms';
import { t } from '../../i18n';
import { profileCard, type FormMeta } from '../cards/initiativeCards';
import { turnInfo } from '../turn/turnInfo';
import { CardFormDialog, type FormState, type StepOutcome } from '../forms/cardFormDialog';
import { DIALOG } from '../forms/dialogIds';
import type { TeamsDeps } from '../turn/deps';

type Deps = Pick<TeamsDeps, 'profiles' | 'config' | 'now'>;

export class ProfileDialog extends CardFormDialog {
  protected readonly form = 'profile' as const;
  protected readonly version = 1;

  constructor(private readonly deps: Deps) {
    super(DIALOG.profile);
  }

  protected steps(): string[] {
    return ['profile'];
  }

  protected fieldsOf(): readonly string[] {
    return PROFILE_FIELDS;
  }

  protected helpKey() {
    return 'profileForm.help' as const;
  }

  protected override async start(dc: DialogContext, state: FormState) {
    const info = turnInfo(dc.context);
    const existing = info.profile;
    state.raw = {
      // A profile made on first contact may have no name (Teams sends none on some events): the
      // Teams display name then, so nobody retypes what Teams knows.
      name: existing?.name?.trim() || dc.context.activity.from?.name?.trim() || '',
      language: existing?.language ?? info.locale,
    };
    return undefined;
  }

  protected async render(dc: DialogContext, state: FormState, meta: FormMeta, errors: FieldErrors) {
    const info = turnInfo(dc.context);
    return profileCard(info.locale, meta, state.raw, errors, info.roles.leads);
  }

  protected async submit(dc: DialogContext, state: FormState): Promise<StepOutcome<unknown>> {
    const parsed = parseProfileForm(state.raw);
    if (!parsed.ok) return { kind: 'errors', errors: parsed.errors };
    const info = turnInfo(dc.context);
    if (!info.aadObjectId) return { kind: 'done' };
    const now = this.deps.now().toISOString();
    info.profile = await this.deps.profiles.update(info.aadObjectId, { id: info.aadObjectId, name: parsed.value.name }, (p) => ({
      ...p,
      ...parsed.value,
      confirmedAt: now,
    }));
    // Answer in the language just chosen.
    info.locale = parsed.value.language;
    await dc.context.sendActivity(t(info.locale, 'flow.profileSaved'));
    return { kind: 'done' };
  }
}
