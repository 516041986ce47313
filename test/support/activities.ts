// Teams-shaped activities, as Teams posts them to /api/messages.
import { randomUUID } from 'node:crypto';

import { BOT_ID, personalConversationId, TENANT_ID, type TestUser } from '../../fixtures/people';

export { BOT_ID, personalConversationId, TENANT_ID, testUser, type TestUser } from '../../fixtures/people';

interface Options {
  serviceUrl: string;
  user: TestUser;
  locale?: string;
}

function base(o: Options) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: o.locale ?? 'nb-NO',
    from: { id: o.user.id, name: o.user.name, aadObjectId: o.user.aadObjectId },
    recipient: { id: BOT_ID, name: 'Innovasjonsbot' },
    conversation: { id: personalConversationId(o.user), conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
  };
}

export function personalMessage(o: Options & { text?: string; value?: unknown }) {
  return { ...base(o), type: 'message', text: o.text, value: o.value };
}

export function installationUpdate(o: Options & { action: 'add' | 'remove' }) {
  return { ...base(o), type: 'installationUpdate', action: o.action };
}

export function botAddedToPersonalChat(o: Options) {
  return { ...base(o), type: 'conversationUpdate', membersAdded: [{ id: BOT_ID }] };
}

export function channelBase(o: Options & { teamId: string; channelId: string }) {
  const b = base(o);
  return {
    ...b,
    conversation: { id: `${o.channelId};messageid=${Date.now()}`, conversationType: 'channel', tenantId: TENANT_ID, isGroup: true },
    channelData: { tenant: { id: TENANT_ID }, team: { id: o.teamId, name: 'Team' }, channel: { id: o.channelId } },
  };
}

export function botAddedToTeam(o: Options & { teamId: string }) {
  return {
    ...channelBase({ ...o, channelId: o.teamId }),
    conversation: { id: o.teamId, conversationType: 'channel', tenantId: TENANT_ID, isGroup: true },
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT_ID }],
    channelData: { tenant: { id: TENANT_ID }, team: { id: o.teamId, name: 'Team' }, eventType: 'teamMemberAdded' },
  };
}
