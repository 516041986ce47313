// Turns a message (typed text or a card button's data) into a command id.
import { COMMANDS, type CommandId } from '../commands';

/** Lower-case, without the bot mention, surrounding spaces or trailing punctuation. */
export function normalizeText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '')
    .toLowerCase();
}

const byText = new Map<string, CommandId>();
for (const c of COMMANDS) {
  byText.set(c.nb, c.id);
  byText.set(c.en, c.id);
}

export function commandFromText(text: string | undefined): CommandId | undefined {
  if (!text) return undefined;
  return byText.get(normalizeText(text));
}

const ids = new Set<string>(COMMANDS.map((c) => c.id));

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && ids.has(value);
}
