// Stores and posts an idea from a valid form.
//
// Idempotency: an idea's id comes from the form token (made when the form is shown), so a submit
// delivered again finds the stored idea, and only the turn that wins `claimPost` posts the card.
import type { TurnContext } from 'botbuilder';
import { ledUnit } from '../../domain/idea/access';
import { ideaIdFor, parseIdeaForm, type Idea, type NotifyTarget } from '../../domain/idea/idea';
import type { RawForm } from '../../domain/initiative/formTypes';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { channelPostReference } from './ideaMessenger';

export type CreateIdeaResult = { idea?: Idea; created: boolean; errors?: ReturnType<typeof parseIdeaForm> };

/** `created` is false for a repeated delivery; `errors` is set for invalid input (nothing stored). */
export async function createIdea(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'config' | 'ideas' | 'teamLinks' | 'ideaCards' | 'now'>,
  token: string,
  raw: RawForm,
  onBehalf: boolean,
): Promise<CreateIdeaResult> {
  const a = context.activity;
  const { aadObjectId, roles } = turnInfo(context);
  const parsed = parseIdeaForm(onBehalf ? { ...raw, anonymous: 'false' } : raw, { allowAnonymous: deps.config.ideasAllowAnonymous });
  if (!parsed.ok) return { created: false, errors: parsed };
  const id = ideaIdFor(token);
  const existing = await deps.ideas.get(id);
  if (existing) {
    await deps.ideaCards.postOnce(existing.value); // a retry after a crash between storing and posting
    return { idea: existing.value, created: false };
  }
  const channelData = (a.channelData ?? {}) as { team?: { id?: string }; tenant?: { id?: string } };
  const tenantId = channelData.tenant?.id ?? a.conversation.tenantId;
  const now = deps.now().toISOString();
  let unit: string | undefined;
  let sector: string | undefined;
  let teamId: string | undefined;
  let channel: Idea['channel'];
  if (onBehalf) {
    const led = ledUnit(roles);
    unit = led?.unit;
    sector = led?.sector;
    const link = unit ? (await deps.teamLinks.byUnit(unit))[0] : undefined;
    teamId = link?.teamId;
    channel = link ? { reference: link.channelReference } : undefined;
  } else {
    teamId = channelData.team?.id;
    const link = teamId ? await deps.teamLinks.get(teamId) : undefined;
    unit = link?.unit;
    sector = link?.sector;
    channel = { reference: channelPostReference(a) };
  }
  const content = parsed.value;
  const notify: NotifyTarget | undefined = onBehalf ? undefined : { userId: a.from.id, aadObjectId, tenantId, serviceUrl: a.serviceUrl };
  const idea: Idea = {
    ...content,
    id,
    submitterName: content.anonymous || onBehalf ? undefined : a.from.name,
    submitterId: content.anonymous || onBehalf ? undefined : aadObjectId,
    notify,
    registeredBy: onBehalf ? aadObjectId : undefined,
    onBehalfOf: onBehalf ? raw.onBehalfOf?.trim().slice(0, 100) || undefined : undefined,
    teamId,
    unit,
    sector,
    channel,
    supporters: [],
    status: 'new',
    history: [{ status: 'new', at: now, by: onBehalf ? (aadObjectId ?? '') : content.anonymous ? 'anonymous' : (aadObjectId ?? '') }],
    createdAt: now,
    updatedAt: now,
  };
  const result = await deps.ideas.createIfAbsent(idea);
  await deps.ideaCards.postOnce(result.idea);
  return { idea: result.idea, created: result.created };
}
