// The UPN of the person in a personal chat, for the roster match on first contact: one GET of
// .../members/{userId} at the connector. TeamsInfo.getMember does the same through the SDK's
// generic HTTP pipeline (policies, tracing, a mapper over the answer), which cost about a third
// of a first contact's CPU; this is a plain GET through the turn's own connector client, so the
// bot's token and the service URL allowlist are the same as for its replies.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';

export interface MemberLookupOptions {
  /** Gives up after this long (the turn goes on without the e-mail and tries again next time). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;
/** A member is a few hundred bytes: a larger answer is not one. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** The member's UPN (or e-mail), or undefined when the connector does not say; throws on failure. */
export async function lookUpMemberUpn(context: TurnContext, userId: string, options: MemberLookupOptions = {}): Promise<string | undefined> {
  const client = context.turnState.get<ConnectorClient | undefined>(context.adapter.ConnectorClientKey);
  const baseUri = (client as unknown as { baseUri?: string } | undefined)?.baseUri;
  if (!client || !baseUri) {
    const member = await TeamsInfo.getMember(context, userId);
    return member.userPrincipalName || member.email || undefined;
  }
  // Ids are path segments: a conversation id with '/' or '?' must not change the path.
  const path = `v3/conversations/${encodeURIComponent(context.activity.conversation.id)}/members/${encodeURIComponent(userId)}`;
  const url = new URL(path, baseUri.endsWith('/') ? baseUri : `${baseUri}/`);
  const headers: Record<string, string> = { accept: 'application/json' };
  // The client's credentials add the bot's token (none when auth is off, as in local runs).
  await client.credentials.signRequest({ headers: { set: (name: string, value: string) => (headers[name.toLowerCase()] = value) } } as never);
  const member = JSON.parse(await get(url, headers, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)) as { userPrincipalName?: unknown; email?: unknown };
  const upn = [member.userPrincipalName, member.email].find((v): v is string => typeof v === 'string' && v.length > 0);
  return upn;
}

function get(url: URL, headers: Record<string, string>, timeoutMs: number): Promise<string> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: 'GET', headers }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) req.destroy(new Error('member lookup: answer too large'));
        else chunks.push(chunk);
      });
      res.on('end', () => {
        if (res.statusCode === 200) resolve(Buffer.concat(chunks).toString('utf8'));
        else reject(new Error(`member lookup: HTTP ${res.statusCode}`));
      });
      res.on('error', reject);
    });
    // A bound on the whole lookup (a socket timeout would only catch an idle connection).
    const timer = setTimeout(() => req.destroy(new Error('member lookup timed out')), timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end();
  });
}
