// The shared card parts (cards/parts/*.json) are put in place when a template is loaded: no
// `$part` reference and no unfilled `@parameter` is left in any expanded card.
import { readdirSync } from 'node:fs';
import { LOCALES } from '../../src/i18n';
import { CARDS_DIR, expandCard } from '../../src/teams/cards/template';
import { CARD_SAMPLES } from './samples';
import { actionsIn } from '../support/cards';

const templates = readdirSync(CARDS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('card parts', () => {
  it.each(templates)('%s has no part reference or parameter left', (name) => {
    for (const locale of LOCALES) {
      const text = JSON.stringify(expandCard(name, locale, CARD_SAMPLES[name]!.data));
      expect(text).not.toContain('$part');
      expect(text).not.toMatch(/@field\b/);
    }
  });

  it('gives every form card the shared footer, with Help where the form has help', () => {
    // The folded «Legg til flere detaljer» toggle is not a form button.
    const navs = (name: string) => actionsIn(expandCard(name, 'nb', CARD_SAMPLES[name]!.data)).filter((a) => a.type === 'Action.Submit').map((a) => a.data?.nav);
    expect(navs('proposeWho')).toEqual(['back', 'next', 'cancel', 'help']);
    expect(navs('reportForm')).toEqual(expect.arrayContaining(['submit', 'cancel', 'help']));
    expect(navs('pickInitiative')).not.toContain('help');
  });

  it('fills the error text under the input it belongs to', () => {
    const card = expandCard('proposeWhat', 'nb', CARD_SAMPLES.proposeWhat!.data) as { body: Array<{ id?: string; text?: string }> };
    const i = card.body.findIndex((n) => n.id === 'title');
    expect(card.body[i + 1]?.text).toMatch(/for lang/);
  });
});
