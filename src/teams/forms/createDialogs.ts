import type { ConversationState } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import { EditInitiativeDialog } from '../initiatives/editInitiativeDialog';
import { ProfileDialog } from '../profile/profileDialog';
import { ProposeInitiativeDialog } from '../initiatives/proposeInitiativeDialog';
import { ReportDialog } from '../initiatives/reportDialog';
import type { TeamsDeps } from '../turn/deps';

/** All dialogs, with their state in conversation state (so in the configured store). */
export function createDialogs(conversationState: ConversationState, deps: Omit<TeamsDeps, 'dialogs'>): DialogSet {
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  dialogs.add(new ProfileDialog(deps));
  dialogs.add(new ProposeInitiativeDialog(deps));
  dialogs.add(new ReportDialog(deps));
  dialogs.add(new EditInitiativeDialog(deps));
  return dialogs;
}
