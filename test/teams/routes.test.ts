// The route table is complete in both directions: every button on every card (templates and
// what the card builders produce) names a route, and every route can be reached from a card,
// a typed command (in the manifest) or the message extension (in the manifest).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../src/i18n';
import { CARDS_DIR, expandCard } from '../../src/teams/cards/template';
import { commandForText } from '../../src/teams/commandMatch';
import { routeForVerb, routes } from '../../src/teams/routes';
import { actionsIn } from '../support/cards';
import { CARD_SAMPLES } from '../cards/samples';
import { cardVerbsFromBuilders } from './builtCards';

const templates = readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json'));

/** Verbs written literally in the templates. */
function templateVerbs(): Set<string> {
  const verbs = new Set<string>();
  for (const file of templates) {
    const text = readFileSync(path.join(CARDS_DIR, file), 'utf8');
    for (const m of text.matchAll(/"verb"\s*:\s*"([^"$]+)"/g)) verbs.add(m[1]!);
  }
  return verbs;
}

/** Verbs on the buttons of a card as Teams gets it: Action.Execute's verb, Action.Submit's data.verb. */
export function buttonVerbs(card: unknown): string[] {
  return actionsIn(card).flatMap((a) => {
    if (a.type === 'Action.Execute') return [a.verb];
    if (a.type === 'Action.Submit') return [a.data?.verb];
    return [];
  });
}

function expandedVerbs(): Set<string> {
  const verbs = new Set<string>();
  for (const file of templates) {
    const name = file.replace(/\.json$/, '');
    for (const locale of LOCALES) for (const v of buttonVerbs(expandCard(name, locale, CARD_SAMPLES[name]!.data))) verbs.add(v);
  }
  return verbs;
}

const onCards = new Set([...templateVerbs(), ...expandedVerbs(), ...cardVerbsFromBuilders()]);

describe('route table', () => {
  it('finds buttons on the cards', () => {
    expect(onCards.size).toBeGreaterThan(15);
    expect([...onCards]).toEqual(expect.arrayContaining(['form', 'report', 'ideaSupport', 'snooze']));
  });

  it('has a route for every verb on a button (no dead buttons)', () => {
    const dead = [...onCards].filter((verb) => routeForVerb(verb) === undefined);
    expect(dead).toEqual([]);
  });

  it('has no route that no card, command or message extension reaches (no orphan routes)', () => {
    const orphans = routes()
      .filter((r) => (r.kind === 'submit' || r.kind === 'execute' ? !onCards.has(r.verb) : false))
      .map((r) => ('verb' in r ? r.verb : r.kind === 'invoke' ? r.name : r.id));
    expect(orphans).toEqual([]);
  });

  it('maps each verb, command id and typed command to exactly one route', () => {
    const keys = routes().flatMap((r) => (r.kind === 'command' ? [r.id] : r.kind === 'messageExtension' ? [`me:${r.id}`] : r.kind === 'invoke' ? [`invoke:${r.name}`] : [r.verb]));
    expect(keys.length).toBe(new Set(keys).size);
    const typed = routes().flatMap((r) => (r.kind === 'command' ? [...new Set([r.nb, r.en])] : []));
    expect(typed.length).toBe(new Set(typed).size);
    for (const r of routes()) if (r.kind === 'command') expect([r.nb, commandForText(r.nb)?.id, commandForText(r.en.toUpperCase() + '!')?.id]).toEqual([r.nb, r.id, r.id]);
  });

  it('gives every route an access rule', () => {
    for (const r of routes()) expect(typeof r.access).toBe('string');
  });
});
