// The reuse link in the Excel export: «Gjenbruk av» / «Gjenbrukt av» on the initiatives sheet,
// and the barometer's spreading counts «tatt i bruk av andre» for a reused initiative even when
// the leader never reported it (spreadActionsOf).
import ExcelJS from 'exceljs';
import { addBarometerSheet, addInitiativesSheet } from '../../src/export/initiativeSheets';
import { labelsFor } from '../../src/export/labels';
import { t, type StringKey } from '../../src/i18n';
import { FIXTURE_INITIATIVES } from '../../fixtures/initiatives.no';
import type { Initiative } from '../../src/domain/initiative/initiative';

const l = labelsFor((key, params) => t('nb', key as StringKey, params));

function rows(sheet: ExcelJS.Worksheet): Array<Record<string, unknown>> {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Array<Record<string, unknown>> = [];
  sheet.eachRow((row, n) => {
    if (n > 1) out.push(Object.fromEntries(headers.map((h, i) => [h, (row.values as unknown[])[i + 1] ?? null])));
  });
  return out;
}

describe('reuse in the export', () => {
  const [a, b] = FIXTURE_INITIATIVES as [Initiative, Initiative];
  const original: Initiative = { ...a, closing: undefined, reusedBy: [{ id: b.id, unit: b.unit, sector: b.sector, at: '2026-06-01T08:00:00.000Z' }] };
  const reuse: Initiative = { ...b, reusedFrom: { id: a.id, unit: a.unit } };
  const wb = new ExcelJS.Workbook();
  addInitiativesSheet(wb, l, [original, reuse]);
  addBarometerSheet(wb, l, [original, reuse]);

  it('shows the link both ways on the initiatives sheet', () => {
    const [first, second] = rows(wb.getWorksheet('Tiltak')!);
    expect(first).toMatchObject({ 'Gjenbrukt av': b.unit, 'Gjenbruk av': null });
    expect(second).toMatchObject({ 'Gjenbruk av': `${a.unit} (${a.id})`, 'Gjenbrukt av': null });
  });

  it('counts a reused initiative as adopted by others in the barometer', () => {
    const [first, second] = rows(wb.getWorksheet('KS-barometer')!);
    expect(first!['Spredning (kode)']).toBe('adopted_by_others');
    expect(second!['Spredning (kode)']).toBeNull();
  });
});
