// Text that starts like a formula (=, +, -, @, a tab or a carriage return) is stored as text in
// the Excel export, never as something Excel evaluates: the workbook is written, read back with
// exceljs, and each such cell is a string cell with the Text number format (@), so it stays text
// even when someone edits it and presses Enter (CSV/Excel injection, OWASP).
import ExcelJS from 'exceljs';
import { workingTimePolicy } from '../../src/domain/calendar/policy';
import { exportProgramme } from '../../src/export/exportProgramme';
import { t, type StringKey } from '../../src/i18n';
import { seededProgramme } from '../../fixtures/overviewProgramme';

const translate = (key: string, params?: Record<string, string | number>) => t('nb', key as StringKey, params);

/** One payload per character a spreadsheet reads as the start of a formula. */
const PAYLOADS = {
  title: '=HYPERLINK("https://evil.example","Klikk her")',
  problem: "+cmd|' /C calc'!A0",
  goal: '-2+3+cmd|\' /C notepad\'!A1',
  ideaTitle: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  reportDone: '\t=1+1',
  reportNext: '\r=1+1',
  leaderName: '=1+1 Kari',
};

/** XML reads a carriage return back as a line feed. */
const lineFeeds = (s: string): string => s.replace(/\r/g, '\n');

describe('formula-like text in the Excel export', () => {
  let cells: ExcelJS.Cell[];
  let plain: ExcelJS.Cell | undefined;

  beforeAll(async () => {
    const p = seededProgramme();
    const initiative = p.initiatives[0]!;
    Object.assign(initiative, { title: PAYLOADS.title, problem: PAYLOADS.problem, goal: PAYLOADS.goal });
    Object.assign(p.ideas[0]!, { title: PAYLOADS.ideaTitle });
    const report = p.reports.find((r) => r.initiativeId === initiative.id) ?? p.reports[0]!;
    Object.assign(report, { doneSinceLast: PAYLOADS.reportDone, nextSteps: PAYLOADS.reportNext });
    Object.assign(p.roster[0]!, { name: PAYLOADS.leaderName });
    const { bytes } = await exportProgramme(p, { now: p.now, policy: workingTimePolicy(), cycle: p.cycle }, translate);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const all: ExcelJS.Cell[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void all.push(cell))));
    const wanted = new Set<string>(Object.values(PAYLOADS).map(lineFeeds));
    cells = all.filter((c) => typeof c.value === 'string' && wanted.has(lineFeeds(c.value)));
    plain = all.find((c) => c.value === initiative.unit);
  });

  it('finds every payload in the workbook, unchanged (a carriage return comes back as a line feed)', () => {
    expect([...new Set(cells.map((c) => lineFeeds(String(c.value))))].sort()).toEqual(Object.values(PAYLOADS).map(lineFeeds).sort());
  });

  it('stores each as a string cell with the Text format, no formula', () => {
    for (const cell of cells) {
      expect({ value: cell.value, type: cell.type, formula: cell.formula, numFmt: cell.numFmt }).toEqual({ value: cell.value, type: ExcelJS.ValueType.String, formula: undefined, numFmt: '@' });
    }
  });

  it('leaves ordinary text as it was', () => {
    expect(plain?.type).toBe(ExcelJS.ValueType.String);
    expect(plain?.numFmt).toBeUndefined();
  });
});
