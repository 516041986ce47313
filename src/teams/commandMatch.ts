// Reading typed text as a command of the route table: bokmål, English, the aliases, and the
// free text some commands take (`utforsk nettbrett`).
import { cutText, MAX_COMMAND_TEXT } from '../domain/text/typedText';
import { COMMAND_ALIASES } from './commandAliases';
import { commandRoutes, type CommandRoute, type Scope } from './routes';

/**
 * Lower-case, without the bot mention, surrounding spaces or trailing punctuation. Reads only the
 * first MAX_COMMAND_TEXT characters: no command is longer, and `/[.!?]+$/` backtracks over a long
 * run of dots (200 kB of them took about 25 s, and this runs several times a message).
 */
export function normalizeText(text: string): string {
  return cutText(text, MAX_COMMAND_TEXT)
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '')
    .toLowerCase();
}

/** Every name a command answers to: bokmål, English and the aliases (commandAliases.ts). */
export function commandNames(route: CommandRoute): string[] {
  return [route.nb, route.en, ...(COMMAND_ALIASES[route.id] ?? [])];
}

/**
 * The command typed (in either language, or an alias), if the text is one. When a word names
 * commands in several scopes (`idé` shares the channel's idea command), the one that applies
 * where it is typed wins.
 */
export function commandForText(text: string | undefined, scope?: 'personal' | 'channel' | 'groupChat'): CommandRoute | undefined {
  if (!text) return undefined;
  const typed = normalizeText(text);
  const own = commandRoutes().filter((c) => c.nb === typed || c.en === typed);
  const aliased = commandRoutes().filter((c) => commandNames(c).includes(typed));
  const fits = (c: CommandRoute) => !scope || inScope(c, scope);
  return own.find(fits) ?? aliased.find(fits) ?? own[0] ?? aliased[0] ?? commandRoutes().find((c) => commandText(c, typed) !== undefined);
}

/**
 * What was typed after a command that takes free text (`utforsk nettbrett` → «nettbrett»):
 * undefined when `text` is not that command, '' when nothing follows it.
 */
export function commandText(route: CommandRoute, text: string | undefined): string | undefined {
  if (!text || !('takesText' in route && route.takesText)) return undefined;
  const typed = normalizeText(text);
  for (const word of [route.nb, route.en]) {
    if (typed === word) return '';
    if (typed.startsWith(`${word} `)) return typed.slice(word.length + 1).trim();
  }
  return undefined;
}

/** Team and group chat commands are matched in both kinds of channel conversation. */
export function inScope(route: CommandRoute, scope: 'personal' | 'channel' | 'groupChat'): boolean {
  const scopes = route.scopes as readonly Scope[];
  return scope === 'personal' ? scopes.includes('personal') : scopes.includes('team') || scopes.includes('groupChat');
}
