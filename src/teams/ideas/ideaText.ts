// Turning what Teams sends (HTML message bodies, invoke data) into the idea form's plain inputs.
import { titleFromText } from '../../domain/idea/idea';
import type { RawForm } from '../../domain/initiative/formTypes';

/** Text of a message without mentions and HTML (message extension payloads are HTML). */
export function plainText(html: string | undefined): string {
  return (html ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
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

/** The form's inputs from an invoke's data (strings only; anything else is dropped). */
export function rawForm(data: Record<string, unknown>): RawForm {
  const raw: RawForm = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string') raw[k] = v;
  return raw;
}

/** The form prefilled from a message's text (without a leading «idé:»). */
export function prefillFromText(text: string): RawForm {
  const body = text.replace(/^\s*(idé|ide|idea)(?=[\s:]|$)[:\s]*/i, '').trim();
  return body ? { title: titleFromText(body), proposal: body } : {};
}
