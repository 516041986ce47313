// Every button verb on the personal-chat cards is handled: pressing it never gets the
// "I did not understand" answer (no dead buttons), and its handler does not fail (a handler that
// throws gets the turn-error apology, which fails the test).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { ChatSession, texts } from '../support/leaderSession';
import { routes } from '../../src/teams/routes';
import { CARDS_DIR } from '../../src/teams/cards/template';
import { t } from '../../src/i18n';

/** Verbs written literally in card templates (Action.Submit data). */
function templateVerbs(): string[] {
  const verbs = new Set<string>();
  for (const file of readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json'))) {
    const text = readFileSync(path.join(CARDS_DIR, file), 'utf8');
    for (const m of text.matchAll(/"verb"\s*:\s*"([^"$]+)"/g)) verbs.add(m[1]!);
  }
  return [...verbs];
}

describe('button verbs in personal chat', () => {
  const c = useBot();

  // Personal-chat button verbs: those in the templates and every command and submit route.
  const routeVerbs = routes().flatMap((r) => (r.kind === 'command' && (r.scopes as readonly string[]).includes('personal') ? [r.id] : r.kind === 'submit' ? [r.verb] : []));
  const verbs = [...new Set([...templateVerbs(), ...routeVerbs])].filter((v) => v !== 'form');

  it('finds the verbs', () => {
    expect(verbs).toEqual(expect.arrayContaining(['newInitiative', 'myInitiatives', 'report', 'profile']));
  });

  it.each(verbs)('handles %s', async (verb) => {
    const chat = new ChatSession(c.bot, c.connector, testUser(`verb-${verb}`));
    const replies = await chat.press({ data: { verb, initiativeId: 'ini-unknown' } });
    expect(replies.length).toBeGreaterThan(0);
    expect(texts(replies)).not.toMatch(/forstod jeg ikke/);
    expect(texts(replies)).not.toContain(t('nb', 'errors.generic'));
  });
});
