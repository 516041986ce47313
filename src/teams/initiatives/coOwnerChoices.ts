// Who may be made a co-owner: the leaders on the roster the bot can reach (an Entra object id),
// never the owner. Co-owners get the owner's rights (report, edit), so the list comes from the
// roster on the server, and the edit form's answer is checked against it (domain/initiative/edit.ts).
import type { Initiative } from '../../domain/initiative/initiative';
import { aadIdOf } from '../../domain/roster/roster';
import type { Choice } from '../cards/initiativeText';
import type { TeamsDeps } from '../turn/deps';

export interface CoOwnerChoices {
  /** Object ids that may be chosen (current co-owners not on the roster any more may stay). */
  ids: string[];
  choices: Choice[];
  /** Object id -> name, for showing the co-owners. */
  names: Map<string, string>;
}

export async function coOwnerChoices(deps: Pick<TeamsDeps, 'roster'>, initiative: Pick<Initiative, 'ownerId' | 'coOwnerIds'>): Promise<CoOwnerChoices> {
  const names = new Map<string, string>();
  const units = new Map<string, string[]>();
  for (const entry of await deps.roster.all()) {
    const aad = aadIdOf(entry);
    if (!aad) continue;
    names.set(aad, entry.name);
    units.set(aad, [...(units.get(aad) ?? []), entry.unit]);
  }
  const ids = [...names.keys()].filter((id) => id !== initiative.ownerId);
  const choices = ids
    .map((id) => ({ title: `${names.get(id)} (${units.get(id)!.join(', ')})`, value: id }))
    .sort((a, b) => a.title.localeCompare(b.title, 'nb'));
  for (const id of initiative.coOwnerIds) {
    if (!names.has(id)) choices.push({ title: id, value: id });
  }
  return { ids, choices, names };
}
