import { resolveLocale, setSectorHeadLabel, strings, t } from '../../src/i18n';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('language files', () => {
  it('have exactly the same keys in nb and en', () => {
    expect(keys(strings('en')).sort()).toEqual(keys(strings('nb')).sort());
  });

  it('have no empty strings and the same placeholders in both languages', () => {
    const nb = strings('nb');
    const en = strings('en');
    for (const key of keys(nb)) {
      const get = (d: unknown) => key.split('.').reduce((n: any, p) => n[p], d) as string;
      expect(get(nb).trim()).not.toBe('');
      expect(get(en).trim()).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([key, placeholders(get(en))]).toEqual([key, placeholders(get(nb))]);
    }
  });

  it('fills placeholders', () => {
    expect(t('nb', 'common.cancel')).toBe('Avbryt');
  });
});

describe('resolveLocale', () => {
  it.each([
    ['en', 'nb-NO', 'en'],
    ['nb', 'en-US', 'nb'],
    [undefined, 'en-GB', 'en'],
    [undefined, 'nb-NO', 'nb'],
    [undefined, 'nn-NO', 'nb'],
    [undefined, 'de-DE', 'nb'],
    [undefined, undefined, 'nb'],
  ])('saved %s, Teams %s gives %s', (saved, client, expected) => {
    expect(resolveLocale(saved, client, 'nb')).toBe(expected);
  });
});

describe('the sector head label', () => {
  afterEach(() => setSectorHeadLabel(undefined));

  it('replaces «kommunalsjef» in bokmål when the municipality uses another word', () => {
    expect(t('nb', 'access.helpSentTo', { names: 'Siri' })).toContain('Kommunalsjefen');
    setSectorHeadLabel('Kommunaldirektør');
    expect(t('nb', 'access.helpSentTo', { names: 'Siri' })).toContain('Kommunaldirektøren');
    expect(JSON.stringify(strings('nb'))).not.toMatch(/kommunalsjef/i);
    expect(t('en', 'access.helpSentTo', { names: 'Siri' })).toContain('sector head');
    setSectorHeadLabel(undefined);
    expect(t('nb', 'access.helpSentTo', { names: 'Siri' })).toContain('Kommunalsjefen');
  });
});
