// A command that starts a card form (`rapporter`, `rediger`, `profil`): a form already running is
// interrupted first. A button may name the initiative the form is about (and, for `rediger`,
// that it should open at the optional details).
import type { TurnContext } from 'botbuilder';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';

export async function beginForm(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>, dialogId: string, options: object): Promise<void> {
  const dc = await deps.dialogs.createContext(context);
  if (dc.activeDialog) {
    await dc.cancelAllDialogs();
    await context.sendActivity(t(turnInfo(context).locale, 'dialog.interrupted'));
  }
  await dc.beginDialog(dialogId, options);
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
