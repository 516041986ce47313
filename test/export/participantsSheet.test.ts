// The participants sheet in the Excel export: admins' file only, seated first, then the waiting
// list in order; a sector head's export has no such sheet.
import ExcelJS from 'exceljs';
import { workingTimePolicy } from '../../src/domain/calendar/policy';
import { apply, decide, emptyEnrolment, type CohortEnrolment } from '../../src/domain/leadershipProgramme/application';
import { exportProgramme } from '../../src/export/exportProgramme';
import { participantsOf } from '../../src/export/participantsSheet';
import { t, type StringKey } from '../../src/i18n';
import { seededProgramme } from '../../fixtures/overviewProgramme';
import { sampleCohort } from '../cards/programmeSamples';

const translate = (key: string, params?: Record<string, string | number>) => t('nb', key as StringKey, params);

function enrolmentWith(names: string[]): CohortEnrolment {
  let e = emptyEnrolment(sampleCohort.id, new Date('2026-12-01T10:00:00Z'));
  const head = { email: 'sjef@kommune.no', headOfSectors: ['Helse og sosial'] };
  names.forEach((name, i) => {
    const now = new Date(`2026-12-0${i + 1}T10:00:00Z`);
    const applied = apply(e, { applicationId: `app-${i}`, cohort: sampleCohort, applicant: { email: `${name}@kommune.no`, name, unit: 'Solsiden', sector: 'Helse og sosial' }, motivation: 'm', today: '2026-12-01', now });
    if (!applied.ok) throw new Error(applied.refusal);
    const decided = decide(applied.enrolment, { applicationId: `app-${i}`, cohort: sampleCohort, decider: head, decision: 'approve', now });
    if (!decided.ok) throw new Error(decided.refusal);
    e = decided.enrolment;
  });
  return e;
}

it('lists seated participants and the waiting list in order, in the admins\' export only', async () => {
  const p = seededProgramme();
  const clock = { now: p.now, policy: workingTimePolicy(), cycle: p.cycle };
  const rows = participantsOf([sampleCohort], [enrolmentWith(['Kari', 'Ola', 'Per'])]);
  const all = await exportProgramme(p, clock, translate, undefined, rows);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(all.bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Lederprogrammet')!;
  const values = [2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1, 7));
  expect(values).toEqual([
    ['Kull 1 2027', 'Kari', 'kari@kommune.no', 'Solsiden', 'Helse og sosial', 'har fått plass'],
    ['Kull 1 2027', 'Ola', 'ola@kommune.no', 'Solsiden', 'Helse og sosial', 'har fått plass'],
    ['Kull 1 2027', 'Per', 'per@kommune.no', 'Solsiden', 'Helse og sosial', 'på venteliste'],
  ]);
  expect(sheet.getRow(4).getCell(7).value).toBe(1);

  const sector = p.roster[0]!.sector;
  const headsExport = await exportProgramme(p, clock, translate, [sector], rows);
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.load(headsExport.bytes as unknown as ArrayBuffer);
  expect(wb2.getWorksheet('Lederprogrammet')).toBeUndefined();
});
