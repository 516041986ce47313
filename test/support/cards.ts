// Reading what the bot sent: cards, their actions and inputs, as a Teams client would see them.

export function cardsIn(activity: any): any[] {
  return (activity?.attachments ?? []).filter((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a: any) => a.content);
}

/** Every action in a card: card-level actions and those inside ActionSets, depth first. */
export function actionsIn(card: any): any[] {
  const out: any[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Action.')) out.push(node);
    for (const [k, v] of Object.entries(node)) if (k !== 'data') walk(v);
  };
  walk(card);
  return out;
}

/** Every input element in a card, by id. */
export function inputsIn(card: any): Map<string, any> {
  const out = new Map<string, any>();
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && node.id) out.set(node.id, node);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return out;
}

/** All text in a card (TextBlocks, TextRuns, facts), for loose assertions. */
export function textOf(card: any): string {
  const parts: string[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if ((node.type === 'TextBlock' || node.type === 'TextRun') && typeof node.text === 'string') parts.push(node.text);
    if (typeof node.title === 'string' && typeof node.value === 'string') parts.push(node.title, node.value);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return parts.join('\n');
}

export function formAction(card: any, nav: string): any | undefined {
  return actionsIn(card).find((a) => a.data?.verb === 'form' && a.data?.nav === nav);
}

/** Text where Adaptive Cards render markdown: TextBlock text and FactSet titles and values. */
export function markdownTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => markdownTexts(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (Array.isArray(o.facts)) for (const f of o.facts as Array<Record<string, unknown>>) out.push(String(f.title), String(f.value));
    Object.values(o).forEach((v) => markdownTexts(v, out));
  }
  return out;
}

/** Text of every TextRun (shown literally). */
export function textRuns(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => textRuns(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'TextRun' && typeof o.text === 'string') out.push(o.text);
    Object.values(o).forEach((v) => textRuns(v, out));
  }
  return out;
}
