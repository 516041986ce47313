// Commands that take free text after them (`utforsk ORD …`): matched by their first word(s)
// only, in either language; other commands still match only as typed in full.
import { commandForText, commandText } from '../../src/teams/commandMatch';
import { commandRoutes } from '../../src/teams/routes';

const explore = commandRoutes().find((c) => c.id === 'explore')!;

describe('commands with free text', () => {
  it.each([
    ['utforsk', ''],
    ['utforsk nettbrett', 'nettbrett'],
    ['<at>Innovasjonsbot</at> Utforsk  Nettbrett i   hjemmesykepleien!', 'nettbrett i hjemmesykepleien'],
    ['explore tablet', 'tablet'],
  ])('«%s» is utforsk with «%s»', (typed, text) => {
    expect(commandForText(typed)?.id).toBe('explore');
    expect(commandText(explore, typed)).toBe(text);
  });

  it('does not take a longer word that starts with the command', () => {
    expect(commandForText('utforskning')).toBeUndefined();
    expect(commandText(explore, 'utforskning')).toBeUndefined();
  });

  it('keeps exact matching for commands without free text', () => {
    expect(commandForText('hjelp meg')).toBeUndefined();
    expect(commandForText('mine tiltak nå')).toBeUndefined();
    expect(commandForText('del')?.id).toBe('share');
    expect(commandForText('del dette')).toBeUndefined();
  });
});
