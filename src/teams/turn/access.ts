// Enforces the permission table (domain/access/permissions.ts) for a route, once, in the
// dispatcher, before the handler runs. Rules that depend on the resource (the initiative's
// owners, the idea's unit) load it here from the id the card carries; the table decides.
import type { TurnContext } from 'botbuilder';
import { permits, RULES, type AccessRule, type Resource } from '../../domain/access/permissions';
import { t, type Locale, type StringKey } from '../../i18n';
import type { TeamsDeps } from './deps';
import { turnInfo } from './turnInfo';

export type AccessDeps = Pick<TeamsDeps, 'initiatives' | 'ideas' | 'logger'>;

export type Decision = { ok: true } | { ok: false; message: string };

const REFUSAL: Record<(typeof RULES)[AccessRule]['refusal'], StringKey> = {
  notOnRoster: 'access.notOnRoster',
  leadersOnly: 'access.leadersOnly',
  adminsOnly: 'access.adminsOnly',
  sectorHeadsOnly: 'access.sectorHeadsOnly',
  notOwner: 'access.notOwner',
  notIdeaFollower: 'access.notIdeaFollower',
};

export function refusalText(locale: Locale, rule: AccessRule): string {
  return t(locale, REFUSAL[RULES[rule].refusal]);
}

/**
 * The resource a rule needs, read from the card's data. Undefined when the card names none or an
 * unknown one: the handler then answers «not found» (or, for a typed `rapporter`/`rediger`,
 * offers only the speaker's own initiatives), so nothing is done on a resource nobody checked.
 */
async function loadResource(rule: AccessRule, data: Record<string, unknown>, deps: AccessDeps): Promise<Resource | undefined> {
  const kind = (RULES[rule] as { resource?: 'initiative' | 'idea' }).resource;
  if (kind === 'initiative' && typeof data.initiativeId === 'string' && data.initiativeId) {
    const initiative = (await deps.initiatives.get(data.initiativeId))?.value;
    return initiative ? { kind: 'initiative', initiative } : undefined;
  }
  if (kind === 'idea' && typeof data.ideaId === 'string' && data.ideaId) {
    const idea = (await deps.ideas.get(data.ideaId))?.value;
    return idea ? { kind: 'idea', idea } : undefined;
  }
  return undefined;
}

export async function authorize(context: TurnContext, rule: AccessRule, data: Record<string, unknown>, deps: AccessDeps): Promise<Decision> {
  const { aadObjectId, roles, locale } = turnInfo(context);
  if (rule === 'anyone') return { ok: true };
  const needs = (RULES[rule] as { resource?: string }).resource;
  const resource = needs ? await loadResource(rule, data, deps) : undefined;
  // A rule on a resource that is absent is left to the handler (see loadResource).
  if (needs && !resource) return { ok: true };
  if (permits(rule, { aadObjectId, roles }, resource)) return { ok: true };
  // One line per refusal, so probing shows up in the log (no user text in it).
  deps.logger.info({ rule, aadObjectId, resource: resource?.kind }, 'refused by the permission table');
  return { ok: false, message: refusalText(locale, rule) };
}
