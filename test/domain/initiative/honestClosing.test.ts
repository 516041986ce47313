// A report that ends the initiative asks for no next steps, a closing in-use date is a fact (not
// in the future), a new initiative's start date is not more than a year back, and choice errors
// say what is wrong.
import { parseProgressReport, parseProposal, validateProposalStep } from '../../../src/domain/initiative/forms';
import { factorFieldIds } from '../../../src/domain/initiative/reportForm';
import { LIMITS, type RawForm } from '../../../src/domain/initiative/formTypes';
import { fieldErrorText } from '../../../src/teams/cards/initiativeText';

const TODAY = '2026-03-10';
const report = (over: RawForm): RawForm => ({
  phase: 'new_practice',
  status: 'active',
  progress: 'on_track',
  doneSinceLast: 'Tatt i bruk på alle avdelinger',
  nextSteps: '',
  nextStepsDate: '',
  employeeInvolvement: 'Alle var med',
  ...over,
});
const closing: RawForm = {
  inUseDate: '2026-03-01',
  achievedBenefits: 'quality',
  effectMeasured: 'qual',
  closingSpreadActions: 'shared_internal',
  ...Object.fromEntries(factorFieldIds().map((id) => [id, '4'])),
};

describe('closing without next steps', () => {
  it.each(['done_in_use', 'done_no_effect', 'stopped'])('does not ask for next steps when the status is %s', (status) => {
    const r = parseProgressReport(report({ status, ...(status === 'stopped' ? {} : closing) }), TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).not.toHaveProperty('nextSteps');
  });

  it('ignores next steps a forged card sends with a closing status', () => {
    const r = parseProgressReport(report({ status: 'stopped', nextSteps: 'Fortsette', nextStepsDate: '2026-04-01' }), TODAY);
    expect(r.ok && r.value).not.toHaveProperty('nextStepsDate');
  });

  it('still asks for next steps while the initiative goes on', () => {
    const r = parseProgressReport(report({ status: 'active', phase: 'pilot' }), TODAY);
    expect(r.ok ? {} : r.errors).toEqual({ nextSteps: { code: 'required' }, nextStepsDate: { code: 'required' } });
  });
});

describe('factor scores in the closing report', () => {
  it('takes «ikke relevant» as an answer and keeps it out of the scores', () => {
    const [first, ...rest] = factorFieldIds();
    const r = parseProgressReport(report({ status: 'done_in_use', ...closing, [first!]: 'na' }), TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.value.closing!.factors)).toHaveLength(rest.length);
  });

  it('still requires an answer for every factor when the initiative closes', () => {
    const [first] = factorFieldIds();
    const r = parseProgressReport(report({ status: 'done_no_effect', ...closing, [first!]: '' }), TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual([first]);
    expect(parseProgressReport(report({ status: 'done_in_use', ...closing, [first!]: 'kanskje' }), TODAY).ok).toBe(false);
  });
});

describe('dates that make sense', () => {
  it('refuses a closing in-use date in the future, and takes today', () => {
    const future = parseProgressReport(report({ status: 'done_in_use', ...closing, inUseDate: '2026-03-11' }), TODAY);
    expect(future.ok ? {} : future.errors).toEqual({ inUseDate: { code: 'dateInFuture' } });
    expect(parseProgressReport(report({ status: 'done_in_use', ...closing, inUseDate: TODAY }), TODAY).ok).toBe(true);
  });

  it('refuses a start date more than a year back when registering, not when editing', () => {
    const step = (startDate: string) => validateProposalStep('who', { beneficiaries: 'users', phase: 'anchor', startDate, plannedInUseDate: '2026-09-01' }, { today: TODAY });
    expect(step('2025-03-10')).toEqual({});
    expect(step('2025-03-09')).toEqual({ startDate: { code: 'startTooLongAgo' } });
    expect(validateProposalStep('who', { beneficiaries: 'users', phase: 'anchor', startDate: '2020-01-01', plannedInUseDate: '2026-09-01' })).toEqual({});
    // Editing: the start date the initiative already has may stay, a new one that old may not.
    const edit = (startDate: string) => validateProposalStep('who', { beneficiaries: 'users', phase: 'anchor', startDate }, { today: TODAY, keptStartDate: '2020-01-01' });
    expect(edit('2020-01-01')).toEqual({});
    expect(edit('2020-01-02')).toEqual({ startDate: { code: 'startTooLongAgo' } });
    expect(parseProposal({ startDate: '2024-01-01' }, { today: TODAY })).toMatchObject({ ok: false, errors: { startDate: { code: 'startTooLongAgo' } } });
  });

  it('refuses a planned in-use date before the start', () => {
    expect(validateProposalStep('who', { beneficiaries: 'users', phase: 'anchor', startDate: '2026-03-01', plannedInUseDate: '2026-02-01' }, { today: TODAY })).toEqual({
      plannedInUseDate: { code: 'dateBeforeStart' },
    });
  });
});

describe('validation messages say what is wrong', () => {
  it('names the option that stands alone, and the most one may choose', () => {
    const r = parseProgressReport(report({ status: 'active', phase: 'pilot', nextSteps: 'x', nextStepsDate: '2026-04-01', helpNeeded: 'none,ict', helpText: 'x' }), TODAY);
    const error = r.ok ? undefined : r.errors.helpNeeded;
    expect(error && fieldErrorText('nb', error)).toBe('«Trenger ikke hjelp nå» kan ikke kombineres med andre valg.');
    expect(fieldErrorText('nb', { code: 'tooManyChoices', max: 3 })).toBe('Velg inntil 3.');
  });

  it('keeps the number of employees involved realistic, and writes the limit as Norwegians do', () => {
    const r = validateProposalStep('who', { beneficiaries: 'users', phase: 'anchor', employeeInvolvement: 'workgroup', employeesInvolved: '60000' });
    expect(r).toEqual({ employeesInvolved: { code: 'outOfRange', min: 0, max: LIMITS.maxEmployees } });
    expect(fieldErrorText('nb', { code: 'outOfRange', min: 0, max: 100000 })).toBe('Må være fra 0 til 100\u00a0000.');
  });
});
