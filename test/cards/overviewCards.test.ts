// The overview cards at full size (200 leaders in 12 sectors): under 28 KB, Teams' chart
// schema with a fallback the Adaptive Cards SDK renders, numbers in Norwegian format, every
// button a known verb, drill-down requests checked on the server side.
import { workingTimePolicy } from '../../src/domain/calendar/policy';
import { drilldown, parseDrilldown } from '../../src/domain/overview/drilldown';
import { overviewFor, type OverviewView } from '../../src/domain/overview/scope';
import { expandCard } from '../../src/teams/cards/template';
import { drilldownCardData, leaderCardData, PEOPLE_PER_PAGE, programmeCardData, UNITS_PER_PAGE } from '../../src/teams/overview/overviewCardData';
import { drilldownData, OVERVIEW_VERBS } from '../../src/teams/overview/verbs';
import { BIG_PROGRAMME, SECTOR_NAMES } from '../../fixtures/overviewProgramme';
import { chartElements, parseWarnings } from './cardChecks';
import { hostileProgramme } from './overviewSamples';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

const p = hostileProgramme(BIG_PROGRAMME);
const clock = { now: p.now, policy: workingTimePolicy(), cycle: p.cycle };
const sectors = [...new Set(p.roster.map((r) => r.sector))];
const KB28 = 28 * 1024;

const size = (card: object) => Buffer.byteLength(JSON.stringify(card), 'utf8');
const asAdminOrHead = (v: OverviewView) => {
  if (v.role !== 'admin' && v.role !== 'sector_head') throw new Error(v.role);
  return v;
};
/** What an SDK without charts renders: the parsed card, fallbacks in place of charts. */
function rendered(card: object): string {
  const adaptive = new AC.AdaptiveCard();
  adaptive.parse(card, new AC.SerializationContext());
  return JSON.stringify(adaptive.toJSON());
}
/** Every Action.Submit data object in the card. */
function submitData(node: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(node)) node.forEach((n) => submitData(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Submit') out.push(o.data as Record<string, unknown>);
    Object.values(o).forEach((v) => submitData(v, out));
  }
  return out;
}

describe('overview cards for 200 leaders in 12 sectors', () => {
  const admin = asAdminOrHead(overviewFor({ role: 'admin' }, p, clock));
  const adminCard = expandCard('overviewProgramme', 'nb', programmeCardData(admin, 'nb'));

  it('the admin card stays under 28 KB and lists all 12 sectors', () => {
    expect(sectors).toHaveLength(12);
    expect(size(adminCard)).toBeLessThan(KB28);
    for (const s of SECTOR_NAMES) expect(JSON.stringify(adminCard)).toContain(s);
  });

  it('a sector head’s card stays under 28 KB; a head of every sector gets the units a page at a time', () => {
    const head = asAdminOrHead(overviewFor({ role: 'sector_head', sectors: [sectors[0]!] }, p, clock));
    expect(size(expandCard('overviewProgramme', 'nb', programmeCardData(head, 'nb')))).toBeLessThan(KB28);
    const all = asAdminOrHead(overviewFor({ role: 'sector_head', sectors }, p, clock));
    expect(all.overview.units.length).toBe(200);
    const data = programmeCardData(all, 'nb', 3);
    expect(data.unitRows).toHaveLength(UNITS_PER_PAGE);
    expect(data.unitsPage).toBe('Side 3 av 10');
    expect(data.nextUnits).toEqual({ verb: OVERVIEW_VERBS.units, page: 4 });
    const card = expandCard('overviewProgramme', 'nb', data);
    expect(size(card)).toBeLessThan(KB28);
    expect(parseWarnings(card)).toEqual([]);
  });

  it('the drill-down list of all 200 leaders is paginated and under 28 KB', () => {
    const named = { count: 200, people: admin.overview.totals.registered.people.concat(admin.overview.totals.notRegistered.people) };
    const data = drilldownCardData(named, { list: 'notRegistered', page: 1 }, 'nb', true);
    expect(data.people).toHaveLength(PEOPLE_PER_PAGE);
    expect(data.hasNext).toBe(true);
    expect(data.next).toEqual({ verb: OVERVIEW_VERBS.drilldown, list: 'notRegistered', page: 2 });
    expect(size(expandCard('overviewList', 'nb', data))).toBeLessThan(KB28);
  });

  it('uses Teams’ chart schema: Donut {legend, value}, bars {x, y}, each with a fallback', () => {
    const charts = chartElements(adminCard);
    expect(charts.map((c) => c.type).sort()).toEqual(['Chart.Donut', 'Chart.HorizontalBar', 'Chart.VerticalBar']);
    for (const c of charts) {
      expect(c.fallback).toBeDefined();
      const data = c.data as Array<Record<string, unknown>>;
      expect(data.length).toBeGreaterThan(0);
      for (const point of data) {
        if (c.type === 'Chart.Donut') expect(Object.keys(point).sort()).toEqual(['legend', 'value']);
        else expect(Object.keys(point).sort()).toEqual(['x', 'y']);
      }
    }
    const phases = charts.find((c) => c.type === 'Chart.VerticalBar')!.data as Array<{ x: string; y: number }>;
    expect(phases.map((d) => d.y)).toEqual(Object.values(admin.overview.phases));
  });

  it('an SDK without charts renders the fallback with the same numbers', () => {
    const text = rendered(adminCard);
    expect(text).not.toContain('"Chart.');
    expect(text).toContain('Diagrammet kan ikke vises her');
    expect(text).toContain('1 Forankring');
    expect(text).toContain(`"text":"${admin.overview.phases.anchor}"`);
    expect(text).toContain('█');
  });

  it('shows numbers in Norwegian format', () => {
    const json = JSON.stringify(adminCard);
    expect(admin.overview.totals.ideas.submitted).toBe(2000);
    expect(json).toContain('"value":"2\u00a0000"');
    expect(json).toMatch(/ av 200 ledere har registrert tiltak/);
  });

  it('every button is an overview verb', () => {
    const verbs = new Set(submitData(adminCard).map((d) => d.verb));
    const head = asAdminOrHead(overviewFor({ role: 'sector_head', sectors: [sectors[0]!] }, p, clock));
    for (const d of submitData(expandCard('overviewProgramme', 'nb', programmeCardData(head, 'nb')))) verbs.add(d.verb);
    expect([...verbs].every((v) => Object.values(OVERVIEW_VERBS).includes(v as never))).toBe(true);
    expect(verbs).toEqual(new Set([OVERVIEW_VERBS.drilldown, OVERVIEW_VERBS.export, OVERVIEW_VERBS.nudge]));
  });

  it('the leader card has the leader’s initiatives and no other leader’s name', () => {
    const me = p.roster[1]!;
    const v = overviewFor({ role: 'leader', aadObjectId: me.aadObjectId!, sector: me.sector }, p, clock);
    if (v.role !== 'leader') throw new Error(v.role);
    const card = expandCard('overviewLeader', 'nb', leaderCardData(v, 'nb'));
    const json = JSON.stringify(card);
    expect(v.own.length).toBeGreaterThan(0);
    for (const i of v.own) expect(json).toContain(JSON.stringify(i.title).slice(1, -1));
    for (const r of p.roster) if (r.id !== me.id) expect(json).not.toContain(JSON.stringify(r.name).slice(1, -1));
    expect(submitData(card)).toEqual([]);
  });
});

describe('the admin’s per-sector table', () => {
  const p8 = hostileProgramme();
  const view = asAdminOrHead(overviewFor({ role: 'admin' }, p8, { now: p8.now, policy: workingTimePolicy(), cycle: p8.cycle }));
  const nobody = { count: 0, people: [] };
  // Sector 1 with nobody late, nobody closed in use and everyone registered: three figures whose list is empty.
  const [first, ...rest] = view.overview.sectors;
  const s1 = { ...first!, late: nobody, closed: { ...first!.closed, inUse: nobody }, registered: { count: first!.expected, people: [] }, notRegistered: nobody };
  const card = expandCard('overviewProgramme', 'nb', programmeCardData({ ...view, overview: { ...view.overview, sectors: [s1, ...rest] } }, 'nb'));

  /** Each sector's four figures as shown: the text and the drill-down a press sends, if any. */
  function figures(sector: string): Array<{ text: string; drill?: Record<string, unknown> }> {
    const rows = (card.body as any[]).filter((b) => b.type === 'Container' && b.items?.[0]?.inlines?.[0]?.text === sector);
    expect(rows).toHaveLength(1);
    return rows[0].items[1].columns.map((c: any) => ({ text: c.items[0].text, ...(c.selectAction ? { drill: c.selectAction.data } : {}) }));
  }

  it('a figure whose list is empty is plain text; the others drill into their list', () => {
    expect(figures(s1.sector)).toEqual([
      { text: `${s1.expected}/${s1.expected}` },
      { text: String(s1.onTime.count), drill: drilldownData('onTime', s1.sector) },
      { text: '0' },
      { text: '0' },
    ]);
    expect(s1.onTime.count).toBeGreaterThan(0);
    // Every sector: clickable exactly when the list it opens has someone in it.
    for (const s of [s1, ...rest]) {
      const counts = [s.notRegistered.count, s.onTime.count, s.late.count, s.closed.inUse.count];
      expect(figures(s.sector).map((f) => !!f.drill)).toEqual(counts.map((n) => n > 0));
    }
    expect(parseWarnings(card)).toEqual([]);
  });
});

describe('drill-down requests from the client', () => {
  const p8 = hostileProgramme();
  const c8 = { now: p8.now, policy: workingTimePolicy(), cycle: p8.cycle };
  const [own, other] = [...new Set(p8.roster.map((r) => r.sector))] as [string, string];

  it('accepts a known list, a sector and a page; rejects anything else', () => {
    expect(parseDrilldown({ verb: 'overviewDrilldown', list: 'late', sector: own, page: 2 })).toEqual({ list: 'late', sector: own, page: 2 });
    expect(parseDrilldown({ list: 'late' })).toEqual({ list: 'late', sector: undefined, page: 1 });
    for (const bad of [undefined, 'late', { list: 'everyone' }, { list: 'late', page: 0 }, { list: 'late', page: 1.5 }, { list: 'late', sector: 7 }, { list: '__proto__' }, { list: 'late', sector: 'x'.repeat(201) }]) {
      expect(parseDrilldown(bad)).toBeUndefined();
    }
  });

  it('a sector head gets no people of another sector, even when asking for it', () => {
    const head = overviewFor({ role: 'sector_head', sectors: [own] }, p8, c8);
    expect(drilldown(head, { list: 'notRegistered', sector: other, page: 1 })).toBeUndefined();
    const mine = drilldown(head, { list: 'notRegistered', page: 1 })!;
    expect(mine.people.every((x) => x.sector === own)).toBe(true);
  });

  it('a leader gets no list at all', () => {
    const me = p8.roster[0]!;
    const v = overviewFor({ role: 'leader', aadObjectId: me.aadObjectId!, sector: me.sector }, p8, c8);
    expect(drilldown(v, { list: 'notRegistered', page: 1 })).toBeUndefined();
  });
});
