// Hostile user text for the card samples: a template field the cards really bind (`title`, and
// `t`, the strings every template binds), an expression, and a markdown link. Evaluated as a
// template, the first three would change; rendered as markdown, the last would be a link.
export const HOSTILE_TEXT = ['${title}', '${t}', "${'INJECTED'}", '[Klikk](https://evil.example)'];

/** All hostile parts in one string. */
export const HOSTILE = HOSTILE_TEXT.join(' ');

/** The fields the hostile text names (`${name}`). */
export const HOSTILE_FIELDS = HOSTILE_TEXT.flatMap((h) => /^\$\{([A-Za-z_]\w*)\}$/.exec(h)?.[1] ?? []);
