// What identifies one person in stored documents: e-mail, Entra object ids, Teams user ids,
// personal chat ids and the names they are shown by. Removal and the personal data export
// both look for these everywhere, so a field nobody remembered is still found.
export interface PersonIdentifiers {
  email: string;
  aadObjectIds: string[];
  /** Teams user ids (29:...) and personal conversation ids (a:...), learnt from their chat. */
  teamsIds: string[];
  names: string[];
}

/** Names shorter than this are not searched for: "Bo" would match half the municipality. */
const MIN_NAME_LENGTH = 4;

export function needles(ids: PersonIdentifiers): string[] {
  const all = [ids.email, ...ids.aadObjectIds, ...ids.teamsIds, ...ids.names.filter((n) => n.trim().length >= MIN_NAME_LENGTH)];
  return [...new Set(all.map((s) => s.trim().toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** True when any string or key anywhere in `value` contains one of the person's identifiers. */
export function mentions(value: unknown, ids: PersonIdentifiers): boolean {
  const text = JSON.stringify(value).toLowerCase();
  return needles(ids).some((n) => text.includes(n));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes the person from any JSON value: a string that IS an identifier goes (object field
 * or array element dropped), a string that contains one has it replaced by `replacement`, and
 * object keys that contain one are dropped. The safety net after the field-by-field rules.
 */
export function scrub<T>(value: T, ids: PersonIdentifiers, replacement: string): T {
  const list = needles(ids);
  if (!list.length) return value;
  const pattern = new RegExp(list.map(escape).join('|'), 'gi');
  const exact = new Set(list);
  const DROP = Symbol('drop');
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      if (exact.has(node.trim().toLowerCase())) return DROP;
      return node.replace(pattern, replacement);
    }
    if (Array.isArray(node)) return node.map(walk).filter((v) => v !== DROP);
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        if (list.some((n) => k.toLowerCase().includes(n))) continue;
        const w = walk(v);
        if (w !== DROP) out[k] = w;
      }
      return out;
    }
    return node;
  };
  const result = walk(value);
  return (result === DROP ? replacement : result) as T;
}
