// Overview → template data for cards/overviewProgramme.json (admins and sector heads),
// cards/overviewLeader.json and cards/overviewList.json (drill-down). Pure functions: numbers
// are formatted here (Norwegian format), user text (sector, unit and people names, titles) is
// passed as data and the templates put it only where cards render no markdown.
import { BENEFIT_TYPES, PHASES } from '../../domain/initiative/codes';
import { namedOf, type DrilldownRequest } from '../../domain/overview/drilldown';
import type { Named, SectorStats, UnitRow } from '../../domain/overview/overview';
import type { OverviewView } from '../../domain/overview/scope';
import { t, type Locale, type StringKey } from '../../i18n';
import { formatInstant, formatNumber, textBar } from './format';
import { drilldownData, exportData, nudgeData, unitsData } from './verbs';

export const UNITS_PER_PAGE = 20;
export const PEOPLE_PER_PAGE = 40;

interface Bar {
  label: string;
  bar: string;
  value: string;
}

function bars(points: ReadonlyArray<{ label: string; value: number }>): Bar[] {
  const max = Math.max(0, ...points.map((p) => p.value));
  return points.map((p) => ({ label: p.label, bar: textBar(p.value, max), value: formatNumber(p.value) }));
}

const pageCount = (n: number, size: number) => Math.max(1, Math.ceil(n / size));

function headlineOf(locale: Locale, s: SectorStats): string {
  return t(locale, 'overview.headline', { registered: formatNumber(s.registered.count), expected: formatNumber(s.expected) });
}

/**
 * The «registered» donut, drawn only when somebody has registered: with nobody yet it would be
 * one colour (or, with an empty roster, nothing at all), and the headline says it in words.
 */
function donutOf(locale: Locale, s: SectorStats) {
  const points = [
    { label: t(locale, 'overview.registered'), value: s.registered.count },
    { label: t(locale, 'overview.notRegistered'), value: s.notRegistered.count },
  ];
  return { donut: points.map((p) => ({ legend: p.label, value: p.value })), donutBars: bars(points), showDonut: s.registered.count > 0 };
}

/** Nothing registered yet: said in words, with the way on, instead of charts of zeros. */
function nothingYetText(locale: Locale, s: SectorStats): string {
  if (s.initiatives > 0) return '';
  return t(locale, s.expected === 0 ? 'overview.noLeadersYet' : 'overview.nothingYet');
}

const DRILLS: ReadonlyArray<{ list: Parameters<typeof drilldownData>[0]; key: StringKey }> = [
  { list: 'notRegistered', key: 'overview.notRegistered' },
  { list: 'late', key: 'overview.late' },
  { list: 'unreachable', key: 'overview.unreachable' },
  { list: 'closedInUse', key: 'overview.closedInUse' },
  { list: 'closedNoEffect', key: 'overview.closedNoEffect' },
  { list: 'closedStopped', key: 'overview.closedStopped' },
];
/** Teams shows at most five actions in one ActionSet: the drill-downs come in rows of three. */
const DRILLS_PER_ROW = 3;

function drillRows(locale: Locale, s: SectorStats, sector?: string) {
  // A button that opens an empty list is no way on: only lists with someone in them are offered.
  const actions = DRILLS.filter((d) => namedOf(s, d.list).count > 0).map((d) => ({ title: `${t(locale, d.key)} (${formatNumber(namedOf(s, d.list).count)})`, data: drilldownData(d.list, sector) }));
  const rows: Array<{ actions: typeof actions }> = [];
  for (let i = 0; i < actions.length; i += DRILLS_PER_ROW) rows.push({ actions: actions.slice(i, i + DRILLS_PER_ROW) });
  return rows;
}

/**
 * One figure of the per-sector table. It drills into its list only when the list has someone in
 * it: a press on 0 would open an empty list (the same rule as the drill-down buttons above).
 */
function figure(text: string, s: SectorStats, list: Parameters<typeof drilldownData>[0]) {
  return namedOf(s, list).count > 0 ? { text, clickable: true, drill: drilldownData(list, s.sector) } : { text, clickable: false };
}

function sectorRow(s: SectorStats) {
  return {
    sector: s.sector,
    // «registered of expected» opens who has not registered yet: clickable while someone has not.
    registered: figure(`${formatNumber(s.registered.count)}/${formatNumber(s.expected)}`, s, 'notRegistered'),
    onTime: figure(formatNumber(s.onTime.count), s, 'onTime'),
    late: figure(formatNumber(s.late.count), s, 'late'),
    inUse: figure(formatNumber(s.closed.inUse.count), s, 'closedInUse'),
  };
}

function unitRow(locale: Locale, u: UnitRow) {
  return {
    unit: u.unit,
    leaders: u.leaders.map((l) => l.name).join(', '),
    status: t(locale, `overview.unitStatus.${u.status}` as StringKey),
    numbers: `${formatNumber(u.initiatives)} ${t(locale, 'overview.initiatives').toLowerCase()}`,
    nudges: u.laggards.map((l) => ({ title: `${t(locale, 'overview.sendReminder')}: ${l.name}`, data: nudgeData(l.id) })),
  };
}

/** Data for cards/overviewProgramme.json: the whole programme (admin) or the own sector(s). */
export function programmeCardData(view: Extract<OverviewView, { role: 'admin' | 'sector_head' }>, locale: Locale, unitPage = 1) {
  const o = view.overview;
  const sectorTitle = view.role === 'sector_head' ? view.sectors.join(', ') : undefined;
  const phasePoints = PHASES.map((p, i) => ({ label: `${i + 1} ${t(locale, `codes.phase.${p}` as StringKey)}`, value: o.phases[p] }));
  const benefitPoints = BENEFIT_TYPES.map((b) => ({ label: t(locale, `codes.benefitType.${b}` as StringKey), value: o.benefits.expected[b] })).filter((p) => p.value > 0);
  // Units are for sector heads; admins drill into sectors instead (a page of 20 keeps the card small).
  const units = view.role === 'sector_head' ? o.units : [];
  const pages = pageCount(units.length, UNITS_PER_PAGE);
  const page = Math.min(Math.max(1, unitPage), pages);
  const ideas = o.totals.ideas;
  return {
    title: sectorTitle ? t(locale, 'overview.titleSector', { sector: sectorTitle }) : t(locale, 'overview.title'),
    generated: t(locale, 'overview.generated', { date: formatInstant(o.generatedAt) }),
    headline: headlineOf(locale, o.totals),
    ...donutOf(locale, o.totals),
    drillRows: drillRows(locale, o.totals),
    // Admins get one row per sector; sector heads one row per unit (both rows on one card would not fit).
    showSectors: view.role === 'admin',
    sectorRows: view.role === 'admin' ? o.sectors.map(sectorRow) : [],
    nothingYet: nothingYetText(locale, o.totals),
    // An empty roster: the admin's next step is the roster (only admins see a programme with none).
    showRosterAction: view.role === 'admin' && o.totals.expected === 0,
    hasPhases: phasePoints.some((p) => p.value > 0),
    phaseChart: phasePoints.map((p) => ({ x: p.label, y: p.value })),
    phaseBars: bars(phasePoints),
    benefitChart: benefitPoints.map((p) => ({ x: p.label, y: p.value })),
    benefitBars: bars(benefitPoints),
    hasBenefits: benefitPoints.length > 0,
    hasIdeas: ideas.submitted > 0,
    ideaFacts: [
      { title: t(locale, 'overview.ideasSubmitted'), value: formatNumber(ideas.submitted) },
      { title: t(locale, 'overview.ideasAnswered'), value: formatNumber(ideas.answered) },
      { title: t(locale, 'overview.ideasInUse'), value: formatNumber(ideas.inUse) },
      {
        title: t(locale, 'overview.ideasMedian'),
        value: ideas.medianDaysToFirstAnswer === undefined ? t(locale, 'overview.ideasMedianNone') : formatNumber(ideas.medianDaysToFirstAnswer),
      },
    ],
    showUnits: units.length > 0,
    unitRows: units.slice((page - 1) * UNITS_PER_PAGE, page * UNITS_PER_PAGE).map((u) => unitRow(locale, u)),
    unitsPage: pages > 1 ? t(locale, 'overview.page', { page, pages }) : '',
    hasNextUnits: page < pages,
    nextUnits: unitsData(page + 1),
    exportAction: exportData(),
  };
}

/** Data for cards/overviewLeader.json: the leader's own initiatives and the sector in numbers. */
export function leaderCardData(view: Extract<OverviewView, { role: 'leader' }>, locale: Locale) {
  const s = view.sector;
  return {
    title: t(locale, 'overview.titleLeader'),
    mine: view.own.map((i) => ({
      title: i.title,
      detail: `${t(locale, `codes.phase.${i.phase}` as StringKey)} · ${t(locale, `codes.status.${i.status}` as StringKey)}${i.late ? ` · ${t(locale, 'overview.mineLate')}` : ''}`,
      late: i.late,
    })),
    hasMine: view.own.length > 0,
    hasSector: !!s,
    sectorTitle: s ? t(locale, 'overview.sectorAggregate', { sector: s.sector }) : '',
    headline: s ? headlineOf(locale, s) : '',
    ...(s ? donutOf(locale, s) : { donut: [], donutBars: [], showDonut: false }),
    sectorFacts: s
      ? [
          { title: t(locale, 'overview.initiatives'), value: formatNumber(s.initiatives) },
          { title: t(locale, 'overview.onTime'), value: formatNumber(s.onTime.count) },
          { title: t(locale, 'overview.late'), value: formatNumber(s.late.count) },
          { title: t(locale, 'overview.closedInUse'), value: formatNumber(s.closed.inUse.count) },
          { title: t(locale, 'export.summary.ideasSubmitted'), value: formatNumber(s.ideas.submitted) },
        ]
      : [],
  };
}

const LIST_LABELS: Record<DrilldownRequest['list'], StringKey> = {
  registered: 'overview.registered',
  notRegistered: 'overview.notRegistered',
  onTime: 'overview.onTime',
  late: 'overview.late',
  closedInUse: 'overview.closedInUse',
  closedNoEffect: 'overview.closedNoEffect',
  closedStopped: 'overview.closedStopped',
  unreachable: 'overview.unreachable',
};

/** Data for cards/overviewList.json: one page of the people behind a number. */
export function drilldownCardData(named: Named, request: DrilldownRequest, locale: Locale, canNudge: boolean) {
  const pages = pageCount(named.people.length, PEOPLE_PER_PAGE);
  const page = Math.min(request.page, pages);
  const nudgeable = canNudge && (request.list === 'notRegistered' || request.list === 'late');
  return {
    heading: t(locale, 'overview.listHeading', { label: t(locale, LIST_LABELS[request.list]), count: formatNumber(named.count) }),
    sector: request.sector ?? '',
    hasSector: request.sector !== undefined,
    people: named.people.slice((page - 1) * PEOPLE_PER_PAGE, page * PEOPLE_PER_PAGE).map((p) => ({
      line: `${p.name} – ${p.unit}`,
      nudge: nudgeable,
      nudgeTitle: t(locale, 'overview.sendReminder'),
      nudgeData: nudgeData(p.id),
    })),
    empty: named.people.length === 0,
    pageText: pages > 1 ? t(locale, 'overview.page', { page, pages }) : '',
    hasNext: page < pages,
    next: drilldownData(request.list, request.sector, page + 1),
  };
}
