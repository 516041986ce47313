// The Excel export opened with exceljs, sheet by sheet, for the seeded small programme; the
// sector head's file holds nothing from another sector; the CLI writes the same workbook.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { workingTimePolicy } from '../../src/domain/calendar/policy';
import { exportProgramme } from '../../src/export/exportProgramme';
import { excelDate } from '../../src/export/table';
import { t, type StringKey } from '../../src/i18n';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { seededProgramme, SMALL_PROGRAMME_COUNTS as N } from '../../fixtures/overviewProgramme';
import { seedStore } from '../../fixtures/seedStore';

const translate = (key: string, params?: Record<string, string | number>) => t('nb', key as StringKey, params);
const p = seededProgramme();
const clock = { now: p.now, policy: workingTimePolicy(), cycle: p.cycle };

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The sheet as objects keyed by header text. */
function rowsOf(sheet: ExcelJS.Worksheet): Array<Record<string, unknown>> {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Array<Record<string, unknown>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return out;
}

function expectTableShape(sheet: ExcelJS.Worksheet): void {
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  expect(sheet.getRow(1).font?.bold).toBe(true);
  for (let c = 1; c <= sheet.columnCount; c++) {
    const width = sheet.getColumn(c).width ?? 0;
    expect(width).toBeGreaterThanOrEqual(10);
    expect(width).toBeLessThanOrEqual(62);
  }
}

describe('the Excel export', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await open((await exportProgramme(p, clock, translate)).bytes);
  });

  it('has the six sheets in order, each a table with a frozen header, a filter and fitting widths', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Sammendrag', 'Tiltak', 'KS-barometer', 'Statusrapporter', 'Ideer', 'Ledere']);
    for (const s of wb.worksheets) expectTableShape(s);
  });

  it('Sammendrag: the overview’s numbers, in total and per kommunalområde', () => {
    const rows = rowsOf(wb.getWorksheet('Sammendrag')!);
    const row = (label: string) => rows.find((r) => r['Tall'] === label)!;
    expect(row('Ledere i programmet')).toMatchObject({ 'Hele kommunen': N.expected, 'Helse og sosial': 4, 'Oppvekst skole': 4 });
    expect(row('Ledere som har registrert tiltak')).toMatchObject({ 'Hele kommunen': N.registered, 'Helse og sosial': 2, 'Oppvekst skole': 4 });
    expect(row('Forsinket rapport')['Hele kommunen']).toBe(N.late);
    expect(row('Median dager til første svar på en idé')['Hele kommunen']).toBe(N.ideas.medianDaysToFirstAnswer);
    expect(row('Tiltak i fase: Forankring')['Hele kommunen']).toBe(2);
  });

  it('Tiltak: every initiative, codes beside Norwegian labels, dates as real dates', () => {
    const rows = rowsOf(wb.getWorksheet('Tiltak')!);
    expect(rows).toHaveLength(N.initiatives);
    const first = rows.find((r) => r['Id'] === 'ini-seed-0001')!;
    expect(first).toMatchObject({ 'Fase (kode)': 'anchor', Fase: 'Forankring', 'Status (kode)': 'active', Status: 'Aktiv', 'Hvor nytt (kode)': 'new_unit' });
    expect(first['Startdato']).toBeInstanceOf(Date);
    expect((first['Startdato'] as Date).toISOString()).toBe('2026-08-17T00:00:00.000Z');
    // 08:00Z is 10:00 in Oslo (summer time): the wall clock Excel shows.
    expect((first['Registrert'] as Date).toISOString()).toBe('2026-08-17T10:00:00.000Z');
  });

  it('KS-barometer: types, novelty, initiators, partners, benefits, effect, spreading, barriers and enablers', () => {
    const sheet = wb.getWorksheet('KS-barometer')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    for (const h of ['Type innovasjon', 'Hvor nytt', 'Initiativtakere', 'Samarbeidspartnere', 'Forventede gevinster', 'Oppnådde gevinster', 'Effekt målt', 'Spredning']) {
      expect(headers).toContain(h);
      expect(headers).toContain(`${h} (kode)`);
    }
    expect(headers.filter((h) => h.startsWith('Hindring eller drivkraft: '))).toHaveLength(10);
    const inUse = rowsOf(sheet).find((r) => r['Id'] === 'ini-seed-0008')!;
    expect(inUse['Effekt målt (kode)']).toBe('qual');
    expect(inUse['Hindring eller drivkraft: Tid']).toBe(2);
  });

  it('Statusrapporter: every report with its initiative’s title', () => {
    const rows = rowsOf(wb.getWorksheet('Statusrapporter')!);
    expect(rows).toHaveLength(p.reports.length);
    expect(rows.every((r) => typeof r['Tittel'] === 'string' && r['Rapportert'] instanceof Date)).toBe(true);
  });

  it('Ideer: anonymous ideas carry no submitter', () => {
    const rows = rowsOf(wb.getWorksheet('Ideer')!);
    expect(rows).toHaveLength(N.ideas.submitted);
    const anonymous = rows.filter((r) => r['Anonym'] === 'Ja');
    expect(anonymous.length).toBe(6);
    expect(anonymous.every((r) => r['Sendt inn av'] === null)).toBe(true);
    expect(rows.filter((r) => r['Anonym'] === 'Nei').every((r) => String(r['Sendt inn av']).startsWith('Ansatt'))).toBe(true);
    const text = JSON.stringify(rows);
    for (const idea of p.ideas.filter((i) => i.anonymous)) expect(text).not.toContain(`Ansatt ${idea.id.replace('idea-seed-', '').replace(/^0+/, '')}"`);
  });

  it('Ideer: an anonymous idea’s name never reaches the file, even if one was stored', async () => {
    const leaky = p.ideas.map((i) => (i.anonymous ? { ...i, submitterName: 'Skjult Navnesen', onBehalfOf: 'Skjult Navnesen' } : i));
    const bytes = (await exportProgramme({ ...p, ideas: leaky }, clock, translate)).bytes;
    const rows = rowsOf((await open(bytes)).getWorksheet('Ideer')!);
    expect(JSON.stringify(rows)).not.toContain('Skjult Navnesen');
  });

  it('Ledere: roster coverage, who has registered and who the bot can reach', () => {
    const rows = rowsOf(wb.getWorksheet('Ledere')!);
    expect(rows).toHaveLength(N.expected);
    expect(rows.filter((r) => r['Har registrert tiltak'] === 'Nei').map((r) => r['E-post']).sort()).toEqual([...N.notRegistered].sort());
    expect(rows.filter((r) => r['Boten når lederen'] === 'Nei').map((r) => r['E-post'])).toEqual([...N.unreachable]);
  });

  it('a sector head’s export holds nothing from another sector', async () => {
    const own = 'Helse og sosial';
    const scoped = await open((await exportProgramme(p, clock, translate, [own])).bytes);
    const others = p.roster.filter((r) => r.sector !== own);
    for (const sheet of scoped.worksheets) {
      const text = JSON.stringify(rowsOf(sheet)) + JSON.stringify(sheet.getRow(1).values);
      expect(text).not.toContain('Oppvekst skole');
      for (const r of others) expect(text).not.toContain(r.email);
    }
    expect(rowsOf(scoped.getWorksheet('Tiltak')!)).toHaveLength(5);
  });

  it('turns local dates and instants into Excel wall-clock dates', () => {
    expect(excelDate('2026-12-24', 'date')!.toISOString()).toBe('2026-12-24T00:00:00.000Z');
    expect(excelDate('2026-11-30T08:30:00.000Z', 'datetime')!.toISOString()).toBe('2026-11-30T09:30:00.000Z');
    expect(excelDate('not a date', 'date')).toBeUndefined();
  });
});

describe('npm run export', () => {
  it('writes the same workbook from the configured store, for all and for one sector', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'export-'));
    const store = new SqliteDocumentStore(dir);
    await store.init();
    await seedStore(store, p);
    await store.close();
    const run = promisify(execFile);
    const env = { ...process.env, STORAGE: 'embedded', DATA_DIR: dir, LOG_LEVEL: 'silent', PROGRAMME_CYCLES: JSON.stringify(p.cycle) };
    const tsx = path.join(__dirname, '../../node_modules/.bin/tsx');
    const all = path.join(dir, 'alle.xlsx');
    const one = path.join(dir, 'sektor.xlsx');
    await run(tsx, ['scripts/export.ts', '--out', all], { env, cwd: path.join(__dirname, '../..') });
    await run(tsx, ['scripts/export.ts', '--out', one, '--sector', 'Oppvekst skole'], { env, cwd: path.join(__dirname, '../..') });
    const wbAll = new ExcelJS.Workbook();
    await wbAll.xlsx.readFile(all);
    expect(wbAll.worksheets.map((s) => s.name)).toEqual(['Sammendrag', 'Tiltak', 'KS-barometer', 'Statusrapporter', 'Ideer', 'Ledere']);
    expect(rowsOf(wbAll.getWorksheet('Tiltak')!)).toHaveLength(N.initiatives);
    expect(rowsOf(wbAll.getWorksheet('Ledere')!)).toHaveLength(N.expected);
    const wbOne = new ExcelJS.Workbook();
    await wbOne.xlsx.readFile(one);
    expect(rowsOf(wbOne.getWorksheet('Ledere')!).every((r) => r['Kommunalområde'] === 'Oppvekst skole')).toBe(true);
    await expect(run(tsx, ['scripts/export.ts', '--out', one, '--sector', 'Finnes ikke'], { env, cwd: path.join(__dirname, '../..') })).rejects.toThrow(/unknown sector/);
  }, 60_000);
});
