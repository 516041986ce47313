// Every user-facing string lives in nb/*.json (default) and en/*.json; code asks for them by key.
// A test fails when a key exists in one language and not the other.
import enAccess from './en/access.json';
import enCore from './en/core.json';
import enCoOwners from './en/coOwners.json';
import enDialogs from './en/dialogs.json';
import enExplore from './en/explore.json';
import enIdeas from './en/ideas.json';
import enInitiative from './en/initiative.json';
import enOverview from './en/overview.json';
import enPrivacy from './en/privacy.json';
import enProgramme from './en/programme.json';
import enReminders from './en/reminders.json';
import nbAccess from './nb/access.json';
import enTalk from './en/talk.json';
import nbCore from './nb/core.json';
import nbCoOwners from './nb/coOwners.json';
import nbDialogs from './nb/dialogs.json';
import nbExplore from './nb/explore.json';
import nbIdeas from './nb/ideas.json';
import nbInitiative from './nb/initiative.json';
import nbOverview from './nb/overview.json';
import nbPrivacy from './nb/privacy.json';
import nbProgramme from './nb/programme.json';
import nbReminders from './nb/reminders.json';
import nbTalk from './nb/talk.json';

// One file per area, so that features can add strings side by side; top-level keys must not clash.
const nb = { ...nbCore, ...nbDialogs, ...nbInitiative, ...nbIdeas, ...nbReminders, ...nbOverview, ...nbPrivacy, ...nbExplore, ...nbAccess, ...nbTalk, ...nbProgramme, ...nbCoOwners };
const en: typeof nb = { ...enCore, ...enDialogs, ...enInitiative, ...enIdeas, ...enReminders, ...enOverview, ...enPrivacy, ...enExplore, ...enAccess, ...enTalk, ...enProgramme, ...enCoOwners };

export type Strings = typeof nb;
export type Locale = 'nb' | 'en';
export const LOCALES: Locale[] = ['nb', 'en'];

const base: Record<Locale, Strings> = { nb, en };
let dictionaries: Record<Locale, Strings> = base;

function mapStrings<T>(node: T, fn: (s: string) => string): T {
  if (typeof node === 'string') return fn(node) as T;
  return Object.fromEntries(Object.entries(node as object).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
}

/**
 * What the municipality calls a sector head in Norwegian (SECTOR_HEAD_LABEL), e.g.
 * «kommunaldirektør» instead of «kommunalsjef». Both inflect alike (-en, -er), so the stem is
 * replaced in the bokmål strings. Undefined restores the default.
 */
export function setSectorHeadLabel(label: string | undefined): void {
  const word = label?.trim().toLowerCase();
  if (!word || word === 'kommunalsjef') {
    dictionaries = base;
    return;
  }
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  dictionaries = { en: base.en, nb: mapStrings(base.nb, (s) => s.replace(/kommunalsjef/g, word).replace(/Kommunalsjef/g, capital)) };
}

export function strings(locale: Locale): Strings {
  return dictionaries[locale];
}

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Paths<T> = { [K in keyof T]: T[K] extends string ? K : Join<K, Paths<T[K]>> }[keyof T];
export type StringKey = Paths<Strings>;

/** Looks up `key` (e.g. 'welcome.title') and fills `{name}` placeholders from `params`. */
export function t(locale: Locale, key: StringKey, params: Record<string, string | number> = {}): string {
  let node: unknown = dictionaries[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`Missing string ${locale}:${key}`);
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const listFormats: Record<Locale, Intl.ListFormat> = {
  nb: new Intl.ListFormat('nb', { type: 'conjunction' }),
  en: new Intl.ListFormat('en', { type: 'conjunction' }),
};

/** Items in running text: «navn, fase og mål» / "title, phase, and goal". */
export function listText(locale: Locale, items: readonly string[]): string {
  return listFormats[locale].format(items);
}

/**
 * The language to answer in: the user's saved choice, else the Teams client's locale
 * (nb-NO, nn-NO, en-US ...), else the configured default. Norwegian variants get bokmål.
 */
export function resolveLocale(saved: string | undefined, clientLocale: string | undefined, fallback: Locale): Locale {
  if (saved === 'nb' || saved === 'en') return saved;
  const lang = (clientLocale ?? '').toLowerCase().split(/[-_]/)[0];
  if (lang === 'en') return 'en';
  if (lang === 'nb' || lang === 'nn' || lang === 'no') return 'nb';
  return fallback;
}
