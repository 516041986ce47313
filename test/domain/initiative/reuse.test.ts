import { makeInitiative } from '../../../fixtures/makeInitiative';
import { parseProposal } from '../../../src/domain/initiative/proposalForm';
import {
  countsAsAdopted,
  linkToOriginal,
  recordReuse,
  reusePrefill,
  reuseRawForm,
  reuseTitle,
  reusingUnits,
  spreadActionsOf,
} from '../../../src/domain/initiative/reuse';
import type { ClosingReport } from '../../../src/domain/initiative/initiative';

const original = makeInitiative({
  id: 'orig',
  title: 'Nettbrett for videosamtaler med pårørende',
  problem: 'Beboerne savner familien.',
  goal: 'Ukentlig videosamtale.',
  benefits: [
    { type: 'quality', description: 'Tryggere beboere' },
    { type: 'user_influence', description: 'Pårørende holder kontakten' },
  ],
  innovationTypes: ['service', 'product'],
  beneficiaries: ['users', 'relatives'],
  unit: 'Lindehaugen sykehjem',
  sector: 'Pleie og omsorg',
  status: 'done_in_use',
});
const AT = '2026-03-01T10:00:00.000Z';
const byFurulund = { id: 'new-1', unit: 'Furulund sykehjem', sector: 'Pleie og omsorg', at: AT };
const closing = (spreadActions: ClosingReport['spreadActions']): ClosingReport => ({
  inUseDate: '2026-01-01',
  achievedBenefits: ['quality'],
  effectMeasured: 'qual',
  spreadActions,
  factors: {},
});

describe('reuse prefill', () => {
  it('copies need, goal, benefits and innovation types, and links the original', () => {
    expect(reusePrefill(original)).toEqual({
      originalTitle: 'Nettbrett for videosamtaler med pårørende',
      problem: 'Beboerne savner familien.',
      goal: 'Ukentlig videosamtale.',
      benefits: original.benefits,
      innovationTypes: ['service', 'product'],
      reuseSource: 'other_unit',
      reusedFrom: { id: 'orig', unit: 'Lindehaugen sykehjem' },
    });
  });

  it('copies, so changing the prefill never changes the original', () => {
    const prefill = reusePrefill(original);
    prefill.benefits[0]!.description = 'endret';
    prefill.innovationTypes.push('process');
    expect(original.benefits![0]!.description).toBe('Tryggere beboere');
    expect(original.innovationTypes).toEqual(['service', 'product']);
  });

  it('puts the reuse marker before the title and keeps it within the title limit', () => {
    expect(reuseTitle('Gjenbruk: ', 'Sansehage')).toBe('Gjenbruk: Sansehage');
    const long = reuseTitle('Gjenbruk: ', 'x'.repeat(100));
    expect(long).toHaveLength(100);
    expect(long.endsWith('…')).toBe(true);
  });

  it('gives proposal form fields that the proposal parser accepts once the leader adds the rest', () => {
    const raw = reuseRawForm(reusePrefill(original), 'Gjenbruk: ');
    expect(raw).toMatchObject({
      title: 'Gjenbruk: Nettbrett for videosamtaler med pårørende',
      innovationTypes: 'service,product',
      benefit1Type: 'quality',
      benefit2Type: 'user_influence',
      benefit3Type: '',
    });
    const parsed = parseProposal({
      ...raw,
      beneficiaries: 'users',
      employeeInvolvement: 'workgroup',
      employeesInvolved: '4',
      phase: 'anchor',
      startDate: '2026-03-01',
      plannedInUseDate: '2026-09-01',
    });
    expect(parsed.ok).toBe(true);
  });

  it('links the new initiative to the original', () => {
    const created = makeInitiative({ id: 'new-1', unit: 'Furulund sykehjem' });
    expect(linkToOriginal(created, reusePrefill(original))).toMatchObject({
      id: 'new-1',
      reusedFrom: { id: 'orig', unit: 'Lindehaugen sykehjem' },
      reuseSource: 'other_unit',
    });
  });
});

describe('recording a reuse on the original', () => {
  it('adds the new initiative’s unit to «reused by»', () => {
    expect(recordReuse(original, byFurulund)?.reusedBy).toEqual([byFurulund]);
  });

  it('is idempotent per new initiative: recording it again changes nothing', () => {
    const once = recordReuse(original, byFurulund)!;
    expect(recordReuse(once, { ...byFurulund, at: '2026-03-02T00:00:00.000Z' })).toBeUndefined();
  });

  it('never records an initiative as a reuse of itself', () => {
    expect(recordReuse(original, { ...byFurulund, id: 'orig' })).toBeUndefined();
  });

  it('counts each other unit once, in the order they reused it', () => {
    let i = recordReuse(original, byFurulund)!;
    i = recordReuse(i, { id: 'new-2', unit: 'Granly bo- og omsorgssenter', sector: 'Pleie og omsorg', at: AT })!;
    i = recordReuse(i, { id: 'new-3', unit: 'Furulund sykehjem', sector: 'Pleie og omsorg', at: AT })!;
    expect(i.reusedBy).toHaveLength(3);
    expect(reusingUnits(i)).toEqual(['Furulund sykehjem', 'Granly bo- og omsorgssenter']);
  });
});

describe('spreading: «tatt i bruk av andre»', () => {
  it('is not counted before anyone reused the initiative', () => {
    expect(countsAsAdopted(original)).toBe(false);
    expect(spreadActionsOf({ ...original, closing: closing(['shared_internal']) })).toEqual(['shared_internal']);
  });

  it('is counted automatically once another unit reused it, with no closing report', () => {
    const reused = recordReuse(original, byFurulund)!;
    expect(countsAsAdopted(reused)).toBe(true);
    expect(spreadActionsOf(reused)).toEqual(['adopted_by_others']);
  });

  it('is added to the reported spreading, which then is no longer «none»', () => {
    const reused = recordReuse({ ...original, closing: closing(['none']) }, byFurulund)!;
    expect(reused.closing?.spreadActions).toEqual(['adopted_by_others']);
    expect(spreadActionsOf(reused)).toEqual(['adopted_by_others']);
    const withShared = recordReuse({ ...original, closing: closing(['shared_internal']) }, byFurulund)!;
    expect(spreadActionsOf(withShared)).toEqual(['shared_internal', 'adopted_by_others']);
  });

  it('is not doubled when the leader also reported it', () => {
    const reused = recordReuse({ ...original, closing: closing(['adopted_by_others']) }, byFurulund)!;
    expect(spreadActionsOf(reused)).toEqual(['adopted_by_others']);
  });

  it('does not count a reuse inside the own unit', () => {
    const own = recordReuse(original, { ...byFurulund, unit: 'Lindehaugen sykehjem' })!;
    expect(own.reusedBy).toHaveLength(1);
    expect(countsAsAdopted(own)).toBe(false);
    expect(spreadActionsOf(own)).toEqual([]);
  });
});
