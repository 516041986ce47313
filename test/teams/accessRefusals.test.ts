// Every refusal from the permission table says plainly what is missing, in both languages, and
// never hints that a user could change their own role (roles come from the roster).
import { RULES, type AccessRule } from '../../src/domain/access/permissions';
import { LOCALES } from '../../src/i18n';
import { refusalText } from '../../src/teams/turn/access';

describe('refusal texts', () => {
  const cases = (Object.keys(RULES) as AccessRule[]).filter((r) => r !== 'anyone').flatMap((rule) => LOCALES.map((locale) => [rule, locale] as const));
  it.each(cases)('%s (%s) names no way to give yourself a role', (rule, locale) => {
    const text = refusalText(locale, rule);
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/profil|rolle|\brole\b/i);
  });
  it('tells someone not on the roster how to get added', () => {
    expect(refusalText('nb', 'leader')).toMatch(/Du står ikke på lederlisten.*Kontakt innovasjonsteamet/);
    expect(refusalText('en', 'leader')).toMatch(/Contact the innovation team/);
  });
});
