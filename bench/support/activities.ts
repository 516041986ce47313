// Teams-shaped activities for the benchmark load, as Teams posts them to /api/messages.
import { randomUUID } from 'node:crypto';

export const TENANT_ID = '11111111-2222-3333-4444-555555555555';
export const BOT_ID = '28:innovasjonsbot';
export const TEAM = '19:team-bench@thread.tacv2';
export const CHANNEL = '19:channel-bench@thread.tacv2';

export interface BenchUser {
  id: string;
  aadObjectId: string;
  name: string;
}

export function benchUser(prefix: string, n: number): BenchUser {
  const hex = Buffer.from(prefix).toString('hex').slice(0, 8).padEnd(8, '0');
  return { id: `29:${prefix}-${n}`, aadObjectId: `${hex}-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Bruker ${prefix} ${n}` };
}

/** A user the bot has never seen: a fresh Entra id each call. */
export const FIRST_CONTACT_PREFIX = 'ffffffff-';

export function firstContactUser(): BenchUser {
  const id = FIRST_CONTACT_PREFIX + randomUUID().slice(9);
  return { id: `29:${id}`, aadObjectId: id, name: 'Ny bruker' };
}

export const personalConversationId = (u: BenchUser) => `a:personal-${u.aadObjectId}`;

function base(serviceUrl: string, user: BenchUser) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'nb-NO',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: BOT_ID, name: 'Innovasjonsbot' },
    conversation: { id: personalConversationId(user), conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
  };
}

export function personalText(serviceUrl: string, user: BenchUser, text: string) {
  return { ...base(serviceUrl, user), type: 'message', text };
}

/** An Action.Submit press in personal chat: the button's data plus the inputs. */
export function personalSubmit(serviceUrl: string, user: BenchUser, value: Record<string, unknown>) {
  return { ...base(serviceUrl, user), type: 'message', value };
}

function inChannel(serviceUrl: string, user: BenchUser) {
  return {
    ...base(serviceUrl, user),
    conversation: { id: `${CHANNEL};messageid=1700000000000`, conversationType: 'channel', tenantId: TENANT_ID, isGroup: true },
    channelData: { tenant: { id: TENANT_ID }, team: { id: TEAM, name: 'Team' }, channel: { id: CHANNEL } },
  };
}

export function channelMention(serviceUrl: string, user: BenchUser, text: string) {
  return {
    ...inChannel(serviceUrl, user),
    type: 'message',
    text: `<at>Innovasjonsbot</at> ${text}`,
    entities: [{ type: 'mention', text: '<at>Innovasjonsbot</at>', mentioned: { id: BOT_ID, name: 'Innovasjonsbot' } }],
  };
}

export function channelExecute(serviceUrl: string, user: BenchUser, verb: string, data: Record<string, unknown>) {
  return { ...inChannel(serviceUrl, user), type: 'invoke', name: 'adaptiveCard/action', replyToId: 'act-card', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } };
}

export function composeInvoke(serviceUrl: string, user: BenchUser, name: 'composeExtension/fetchTask' | 'composeExtension/submitAction', value: Record<string, unknown>) {
  return { ...inChannel(serviceUrl, user), type: 'invoke', name, value };
}

/** Adaptive cards in an activity. */
export function cardsIn(activity: any): any[] {
  return (activity?.attachments ?? []).filter((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a: any) => a.content);
}

export function actionsIn(card: any): any[] {
  const out: any[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Action.')) out.push(node);
    for (const [k, v] of Object.entries(node)) if (k !== 'data') walk(v);
  };
  walk(card);
  return out;
}
