// Whether a card breaks a word at Teams' narrowest card width (about 280 px on a phone). A
// TextBlock wraps at spaces; a word wider than the space it gets is broken mid-word. Widths are
// estimated on the safe side from Segoe UI's average character width per text size.
const CARD_WIDTH_PX = 280;
const CARD_PADDING_PX = 12;
const COLUMN_SPACING_PX = 8;
const CHAR_PX: Record<string, number> = { small: 7, default: 8, medium: 9, large: 11, extralarge: 13 };
const BOLD_FACTOR = 1.1;

export interface BrokenWord {
  word: string;
  needPx: number;
  widthPx: number;
}

/** Every word of the card's text that is wider than the space its TextBlock has. */
export function wordsBrokenAtNarrowWidth(card: unknown, widthPx = CARD_WIDTH_PX - 2 * CARD_PADDING_PX): BrokenWord[] {
  const out: BrokenWord[] = [];
  visit(card, widthPx, out);
  return out;
}

function visit(node: unknown, widthPx: number, out: BrokenWord[]): void {
  if (Array.isArray(node)) return node.forEach((n) => visit(n, widthPx, out));
  if (!node || typeof node !== 'object') return;
  const el = node as Record<string, unknown>;
  if (el.type === 'TextBlock' && typeof el.text === 'string') {
    const perChar = (CHAR_PX[String(el.size ?? 'default').toLowerCase()] ?? CHAR_PX.default!) * (String(el.weight).toLowerCase() === 'bolder' ? BOLD_FACTOR : 1);
    for (const word of el.text.split(/\s+/)) {
      const needPx = [...word].length * perChar;
      if (needPx > widthPx) out.push({ word, needPx, widthPx: Math.round(widthPx) });
    }
    return;
  }
  if (el.type === 'ColumnSet' && Array.isArray(el.columns)) {
    const columns = el.columns as Array<Record<string, unknown>>;
    const usable = widthPx - COLUMN_SPACING_PX * Math.max(0, columns.length - 1);
    const fixed = columns.map((c) => (typeof c.width === 'string' && /px$/.test(c.width) ? parseInt(c.width, 10) : 0));
    const weights = columns.map((c, i) => (fixed[i] ? 0 : typeof c.width === 'number' ? c.width : 1));
    const rest = usable - fixed.reduce((a, b) => a + b, 0);
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    columns.forEach((c, i) => visit(c.items, fixed[i] || (rest * weights[i]!) / total, out));
    return;
  }
  for (const [key, value] of Object.entries(el)) if (key !== 'columns') visit(value, widthPx, out);
}
