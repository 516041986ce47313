// Every template in cards/: expands with sample data in both languages, leaves no `${`
// behind, parses without warnings in the official Adaptive Cards SDK, uses schema 1.5 or
// lower, stays under 28 KB, and keeps user text literal (never markdown-rendered).
import { readdirSync } from 'node:fs';
import { CARDS_DIR, expandCard } from '../../src/teams/cards/template';
import { LOCALES } from '../../src/i18n';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CARD_SAMPLES, HOSTILE_TEXT } from './samples';
import { HOSTILE_FIELDS } from './hostile';
import { markdownTexts } from '../support/cards';
import { chartElements, parseWarnings, TEAMS_CHARTS } from './cardChecks';

export { parseWarnings };

const templates = readdirSync(CARDS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));


describe('card templates', () => {
  it('has sample data for every template (and no sample without a template)', () => {
    expect(Object.keys(CARD_SAMPLES).sort()).toEqual([...templates].sort());
  });

  describe.each(templates)('%s', (name) => {
    it.each(LOCALES)('expands cleanly and validates in %s', (locale) => {
      const sample = CARD_SAMPLES[name]!;
      const card = expandCard(name, locale, sample.data);
      const json = JSON.stringify(card);
      const hostileFree = HOSTILE_TEXT.reduce((s, h) => s.split(JSON.stringify(h).slice(1, -1)).join(''), json);
      expect(hostileFree).not.toContain('${');
      expect(Buffer.byteLength(json, 'utf8')).toBeLessThan(28 * 1024);
      expect(Number((card as { version: string }).version)).toBeLessThanOrEqual(1.5);
      expect(parseWarnings(card)).toEqual([]);
      for (const chart of chartElements(card)) {
        expect(TEAMS_CHARTS).toContain(chart.type);
        expect(chart.fallback).toEqual(expect.objectContaining({ type: expect.any(String) }));
      }
      const rendered = markdownTexts(card);
      for (const text of sample.userText) {
        expect(json).toContain(JSON.stringify(text).slice(1, -1));
        expect(rendered.some((r) => r.includes(text))).toBe(false);
      }
    });
  });

  it.each(templates)('%s: its hostile samples name a field the template binds, and every user text holds all hostile parts', (name) => {
    const sample = CARD_SAMPLES[name]!;
    if (sample.userText.length === 0) return;
    const source = readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8');
    const bound = new Set([...source.matchAll(/\$\{(?:\$root\.)?([A-Za-z_]\w*)/g)].map((m) => m[1]));
    expect(HOSTILE_FIELDS.filter((f) => bound.has(f))).not.toEqual([]);
    for (const text of sample.userText) for (const h of HOSTILE_TEXT) expect(text).toContain(h);
  });

  it('the validator does catch a broken card', () => {
    expect(parseWarnings({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }] })).not.toEqual([]);
  });
});
