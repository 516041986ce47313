// An initiative registered the short way has only the essentials: every reader copes with the
// optional KS fields missing (the detail, summary and public cards say «Ikke oppgitt» or leave the
// line out; the export leaves the cells empty; overview, due dates, search filters and reuse work).
import ExcelJS from 'exceljs';
import { workingTimePolicy } from '../../../src/domain/calendar/policy';
import { NO_ROLES } from '../../../src/domain/access/roles';
import type { Initiative } from '../../../src/domain/initiative/initiative';
import { reusePrefill } from '../../../src/domain/initiative/reuse';
import { nextDue } from '../../../src/domain/initiative/rules';
import { computeOverview } from '../../../src/domain/overview/computeOverview';
import { matchesFilters } from '../../../src/domain/search/searchRequest';
import { exportProgramme } from '../../../src/export/exportProgramme';
import { t, type StringKey } from '../../../src/i18n';
import { initiativeDetailCard, proposeSummaryCard } from '../../../src/teams/cards/initiativeCards';
import { initiativePublicCard } from '../../../src/teams/explore/exploreCards';
import { lacksDetails } from '../../../src/teams/initiatives/detailsNudge';
import { seededProgramme } from '../../../fixtures/overviewProgramme';
import { makeInitiative } from '../../../fixtures/makeInitiative';
import { textOf } from '../../support/cards';

const OPTIONAL = ['innovationTypes', 'employeeInvolvement', 'employeesInvolved', 'benefits', 'startDate', 'plannedInUseDate'] as const;

function short(i: Initiative): Initiative {
  const copy = { ...i } as Record<string, unknown>;
  for (const key of OPTIONAL) delete copy[key];
  return copy as unknown as Initiative;
}

const initiative = short(makeInitiative({ id: 'ini-short', title: 'Kort registrert' }));

describe('an initiative with only the essentials', () => {
  it('needs details (the nudge is offered), a full one does not', () => {
    expect(lacksDetails(initiative)).toBe(true);
    expect(lacksDetails(makeInitiative({ id: 'ini-full' }))).toBe(false);
  });

  it('the detail card says «Ikke oppgitt» for what is missing', () => {
    const text = textOf(initiativeDetailCard('nb', initiative, []).content);
    expect(text).toContain('Kort registrert');
    expect(text.split(t('nb', 'detail.none')).length - 1).toBeGreaterThanOrEqual(5);
  });

  it('the summary lists the essentials and leaves out what was not given', () => {
    const text = textOf(proposeSummaryCard('nb', { form: 'propose', token: 't', step: 'summary', stepIndex: 2, stepCount: 3 }, initiative, { name: 'Kari', unit: 'U', sector: 'S' }).content);
    expect(text).toContain(t('nb', 'detail.phase'));
    expect(text).not.toContain(t('nb', 'detail.startDate'));
    expect(text).not.toContain(t('nb', 'propose.summary.benefits'));
  });

  it('the public card (utforsk) shows it', () => {
    expect(textOf(initiativePublicCard('nb', initiative, NO_ROLES).content)).toContain(t('nb', 'detail.none'));
  });

  it('is due for a first report by the cadence when there is no planned in-use date', () => {
    expect(nextDue(initiative, '2027-06-01')).toEqual({ kind: 'firstReport', dueDate: '2026-02-02' });
  });

  it('is found without filters, and not by an innovation type or benefit filter it does not have', () => {
    expect(matchesFilters(initiative)).toBe(true);
    expect(matchesFilters(initiative, { innovationType: ['service'] })).toBe(false);
    expect(matchesFilters(initiative, { benefitType: ['quality'] })).toBe(false);
  });

  it('can be reused («stjæl med stil») with empty lists', () => {
    expect(reusePrefill(initiative)).toMatchObject({ benefits: [], innovationTypes: [] });
  });

  it('is counted in the overview and exported with empty cells', async () => {
    const p = seededProgramme();
    const facts = { ...p, initiatives: p.initiatives.map(short) };
    const clock = { now: p.now, policy: workingTimePolicy(), cycle: p.cycle };
    const overview = computeOverview(facts, clock);
    expect(overview.totals.initiatives).toBe(p.initiatives.length);
    const translate = (key: string, params?: Record<string, string | number>) => t('nb', key as StringKey, params);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportProgramme(facts, clock, translate)).bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Tiltak')!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (key: string) => headers.indexOf(t('nb', `export.columns.${key}` as StringKey));
    const first = sheet.getRow(2);
    expect(first.getCell(col('title')).value).toBe(facts.initiatives.find((i) => i.id === first.getCell(col('id')).value)?.title);
    for (const key of ['startDate', 'plannedInUseDate', 'employeesInvolved', 'benefitDescriptions']) {
      expect(col(key)).toBeGreaterThan(0);
      expect(first.getCell(col(key)).value ?? null).toBeNull();
    }
  });
});
