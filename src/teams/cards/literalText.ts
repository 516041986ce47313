// Text lines for cards built in code (the templates in cards/ do the same with bound fields).
// A TextBlock renders markdown: a name, title, motivation or reason like
// «[klikk her](https://evil.example)» or «**FALSK**» would show as a link or bold text the bot
// seems to vouch for. A TextRun never renders markdown, so every line that carries someone's
// text is a RichTextBlock with the whole line as one TextRun; lines with only our own strings
// may stay TextBlocks.

export interface LiteralStyle {
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  color?: 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  isSubtle?: boolean;
  /** On the block: a line above it. */
  separator?: boolean;
}

/** One line of text shown exactly as written (no markdown), styled as a TextBlock would be. */
export function literalText(text: string, style: LiteralStyle = {}): Record<string, unknown> {
  const { separator, ...run } = style;
  return { type: 'RichTextBlock', ...(separator ? { separator } : {}), inlines: [{ type: 'TextRun', text, ...run }] };
}
