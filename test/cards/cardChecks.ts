// Checks shared by the card tests: parse warnings from the official Adaptive Cards SDK, and
// Teams' chart elements (which that SDK does not know: it renders their fallback instead).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

/** Teams' Adaptive Card charts: the SDK does not know them and renders their fallback. */
export const TEAMS_CHARTS = ['Chart.Donut', 'Chart.Pie', 'Chart.Gauge', 'Chart.Line', 'Chart.VerticalBar', 'Chart.VerticalBar.Grouped', 'Chart.HorizontalBar', 'Chart.HorizontalBar.Stacked'];
const chartNotice = (type: string) => `Unknown element type "${type}". Fallback will be used if present.`;

/** Every element of the card whose type starts with Chart. */
export function chartElements(node: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(node)) node.forEach((n) => chartElements(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Chart.')) out.push(o);
    Object.values(o).forEach((v) => chartElements(v, out));
  }
  return out;
}

export function parseWarnings(card: object): string[] {
  const adaptive = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  adaptive.parse(card, context);
  const events: string[] = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i).message);
  for (const e of adaptive.validateProperties().validationEvents) events.push(e.message);
  // A Teams chart with a fallback is expected: the SDK renders the fallback (checked below).
  const withFallback = new Set(chartElements(card).filter((c) => c.fallback && typeof c.fallback === 'object').map((c) => c.type as string));
  return events.filter((m) => !TEAMS_CHARTS.some((type) => withFallback.has(type) && m === chartNotice(type)));
}

