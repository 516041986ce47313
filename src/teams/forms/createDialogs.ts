import type { ConversationState } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import { EditInitiativeDialog } from '../initiatives/editInitiativeDialog';
import { ProfileDialog } from '../profile/profileDialog';
import { ProposeInitiativeDialog } from '../initiatives/proposeInitiativeDialog';
import { ReportDialog } from '../initiatives/reportDialog';
import type { TeamsServices } from '../dialogs/services';

/** All dialogs, with their state in conversation state (so in the configured store). */
export function createDialogs(conversationState: ConversationState, services: TeamsServices): DialogSet {
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  dialogs.add(new ProfileDialog(services));
  dialogs.add(new ProposeInitiativeDialog(services));
  dialogs.add(new ReportDialog(services));
  dialogs.add(new EditInitiativeDialog(services));
  return dialogs;
}
