// Adaptive Card templates live in cards/*.json and are expanded with adaptivecards-templating.
// Templates get the locale's strings as `t` plus typed data; user text is passed as data, so
// it is never evaluated as a template expression.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as ACData from 'adaptivecards-templating';
import { strings, type Locale } from '../../i18n';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const CARDS_DIR = path.join(findProjectRoot(__dirname), 'cards');

const cache = new Map<string, ACData.Template>();

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Puts the shared parts (cards/parts/<name>.json) where a template says `{ "$part": "<name>" }`:
 * the navigation footer and the error text under an input are written once instead of in every
 * form card. Other keys of the reference are the part's parameters: `@key` in the part's strings
 * becomes their value (`{ "$part": "fieldError", "field": "title" }`). A part that is an array
 * inside an array is spliced in.
 */
function withParts(node: unknown): unknown {
  if (Array.isArray(node)) return node.flatMap((n) => (partRef(n) && Array.isArray(withParts(n)) ? (withParts(n) as unknown[]) : [withParts(n)]));
  const ref = partRef(node);
  if (ref) return withParts(withParams(readJson(path.join(CARDS_DIR, 'parts', `${ref.name}.json`)), ref.params));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withParts(v)]));
  return node;
}

const PLAIN = /^[A-Za-z][A-Za-z0-9_]*$/;

function partRef(node: unknown): { name: string; params: Record<string, string> } | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const { $part: name, ...params } = node as Record<string, unknown>;
  if (typeof name !== 'string' || !PLAIN.test(name)) return undefined;
  for (const [k, v] of Object.entries(params)) if (!PLAIN.test(k) || typeof v !== 'string' || !PLAIN.test(v)) throw new Error(`Card part ${name}: bad parameter ${k}`);
  return { name, params: params as Record<string, string> };
}

function withParams(node: unknown, params: Record<string, string>): unknown {
  if (typeof node === 'string') return node.replace(/@([A-Za-z][A-Za-z0-9_]*)/g, (m, key: string) => params[key] ?? m);
  if (Array.isArray(node)) return node.map((n) => withParams(n, params));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withParams(v, params)]));
  return node;
}

/**
 * adaptivecards-templating brings adaptive-expressions and antlr4ts (some 370 modules and a good
 * part of start-up time): loaded when the first card is expanded, not when the bot starts.
 */
function loadTemplating(): typeof ACData {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('adaptivecards-templating') as typeof ACData;
}

function template(name: string): ACData.Template {
  let tpl = cache.get(name);
  if (!tpl) {
    const json = withParts(readJson(path.join(CARDS_DIR, `${name}.json`))) as object;
    tpl = new (loadTemplating().Template)(json);
    cache.set(name, tpl);
  }
  return tpl;
}

export type CardJson = Record<string, unknown>;

/** Expands cards/<name>.json with the locale's strings and `data`. */
export function expandCard(name: string, locale: Locale, data: object = {}): CardJson {
  return template(name).expand({ $root: { ...data, t: strings(locale) } }) as CardJson;
}

export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: CardJson;
}

export function cardAttachment(content: CardJson): CardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
}
