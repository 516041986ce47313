// A command that starts a card form (`rapporter`, `rediger`, `profil`): a form already running is
// interrupted first, after asking when the leader has put something into it (discardGuard.ts).
// A button may name the initiative the form is about (and, for `rediger`, that it should open at
// the optional details).
import type { TurnContext } from 'botbuilder';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { askBeforeDiscarding, halfFilledForm, isCardForm } from './discardGuard';
import type { FormState } from './cardFormDialog';

/** False when the leader is asked first (a half-filled form is open) instead. */
export async function beginForm(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>, dialogId: string, options: object): Promise<boolean> {
  const dc = await deps.dialogs.createContext(context);
  const halfFilled = halfFilledForm(dc);
  if (halfFilled) {
    await askBeforeDiscarding(dc, halfFilled, dialogId, options);
    return false;
  }
  if (dc.activeDialog) {
    // The same start again (an old «Legg til detaljer», a second click) on a form not used yet:
    // that form, not «avbrutt … starter det nye» for the very same form.
    const open = dc.findDialog(dc.activeDialog.id);
    const state = dc.activeDialog.state as FormState;
    if (dc.activeDialog.id === dialogId && isCardForm(open) && JSON.stringify(state.options ?? {}) === JSON.stringify(options)) {
      await open.showCurrent(dc);
      return true;
    }
    await dc.cancelAllDialogs();
    await context.sendActivity(t(turnInfo(context).locale, 'dialog.interrupted'));
  }
  await dc.beginDialog(dialogId, options);
  return true;
}

export function startDialog(dialogId: string) {
  return async function startForm(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>): Promise<void> {
    const value = context.activity.value as { initiativeId?: unknown; focus?: unknown } | undefined;
    const initiativeId = value?.initiativeId;
    // «Legg til detaljer» opens `rediger` at the optional fields; any other focus is ignored.
    const focus = value?.focus === 'details' ? { focus: 'details' } : {};
    await beginForm(context, deps, dialogId, typeof initiativeId === 'string' ? { initiativeId, ...focus } : {});
  };
}
