// How much of what someone sent the bot reads. A message or a card submit can carry text up to
// the edge's 1 MB body limit, but no form field holds more than a few thousand characters and no
// command more than a few words. Cutting before any regular expression or per-character step
// keeps the work of one turn bounded whatever is sent: several of the text steps backtrack
// (`/[.!?]+$/` on a long run of dots, a tag pattern on a long run of `<`), and 200 kB of such
// text took tens of seconds of CPU per message, holding the one event loop for everyone.

/** Characters of a message read as plain text (HTML stripping, idea prefill). */
export const MAX_READ_TEXT = 20_000;

/** Characters of a message read to find a command (the longest is a command and a 200-character search). */
export const MAX_COMMAND_TEXT = 500;

/** The first `max` characters of `text`, without splitting a surrogate pair at the cut. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** `text` when it fits in `max` characters, else cut to fit with «…» at the end. */
export function shortenTo(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cutText(text, max - 1).trimEnd()}…`;
}
