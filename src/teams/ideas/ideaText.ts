// Turning what Teams sends (HTML message bodies, invoke data) into the idea form's plain inputs.
// Only the first MAX_READ_TEXT characters are read (src/domain/text/typedText.ts), and no step
// backtracks over the text: a message can be a megabyte of `<`.
import { IDEA_LIMITS, proposalFromText, titleFromText } from '../../domain/idea/idea';
import type { RawForm } from '../../domain/initiative/formTypes';
import { cutText, MAX_READ_TEXT } from '../../domain/text/typedText';

/** Text of a message without mentions and HTML (message extension payloads are HTML). */
export function plainText(html: string | undefined): string {
  return stripTags(
    cutText(html ?? '', MAX_READ_TEXT)
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li)>/gi, '\n'),
  )
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/**
 * What `text.replace(/<[^>]+>/g, '')` does, in one pass: a `<` up to the next `>` goes. The
 * regular expression scans to the end of the text from every `<` that has no `>` after it, so a
 * run of `<` costs the square of its length (20,000 of them took about half a second).
 */
export function stripTags(text: string): string {
  let out = '';
  let from = 0;
  let search = 0;
  for (;;) {
    const open = text.indexOf('<', search);
    if (open < 0) break;
    const close = text.indexOf('>', open + 1);
    // No `>` after this `<`: none after any later one either.
    if (close < 0) break;
    if (close === open + 1) {
      // `<>`: the pattern needs a character inside; try again from the `>`.
      search = close;
      continue;
    }
    out += text.slice(from, open);
    from = search = close + 1;
  }
  return out + text.slice(from);
}

/** The form's inputs from an invoke's data (strings only; anything else is dropped). */
export function rawForm(data: Record<string, unknown>): RawForm {
  const raw: RawForm = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string') raw[k] = v;
  return raw;
}

/**
 * The form prefilled from a message's text (without a leading «idé:»), the proposal shortened to
 * what the form accepts; `shortened` when it was longer (the sender is told).
 */
export function prefillFromText(text: string): { values: RawForm; shortened: boolean } {
  const body = text.replace(/^\s*(idé|ide|idea)(?=[\s:]|$)[:\s]*/i, '').trim();
  if (!body) return { values: {}, shortened: false };
  return { values: { title: titleFromText(body), proposal: proposalFromText(body) }, shortened: body.length > IDEA_LIMITS.text };
}
