import { normalizeSubmit, parseProposal, PROPOSAL_ALL_FIELDS, toRawProposal, validateProposalStep } from '../../../src/domain/initiative/forms';
import { LIMITS, type RawForm } from '../../../src/domain/initiative/formTypes';

function validProposalRaw(): RawForm {
  return {
    title: 'Digitalt tilsyn',
    problem: 'Mye kjøring',
    goal: 'Mindre kjøring',
    beneficiaries: 'users,relatives',
    innovationTypes: 'service',
    employeeInvolvement: 'proposed,testing',
    employeesInvolved: '12',
    benefit1Type: 'efficiency',
    benefit1Description: 'Spart tid',
    benefit2Type: '',
    benefit2Description: '',
    benefit3Type: '',
    benefit3Description: '',
    phase: 'pilot',
    startDate: '2026-01-15',
    plannedInUseDate: '2026-06-01',
  };
}
const withRaw = (over: RawForm): RawForm => ({ ...validProposalRaw(), ...over });

describe('normalizeSubmit', () => {
  it('keeps listed ids as trimmed strings and ignores forged keys', () => {
    const raw = normalizeSubmit({ title: '  Hei ', n: 3, b: true, c: false, list: ['a', ' b ', 2], extra: 'x', o: { a: 1 } }, [
      'title',
      'n',
      'b',
      'c',
      'list',
      'o',
      'missing',
    ]);
    expect(raw).toEqual({ title: 'Hei', n: '3', b: 'true', c: 'false', list: 'a,b,2', o: '', missing: '' });
    expect(raw).not.toHaveProperty('extra');
  });

  it.each([null, undefined, 'text', 42, [1, 2], true])('never throws on garbage (%p)', (garbage) => {
    expect(normalizeSubmit(garbage, ['title'])).toEqual({ title: '' });
  });

  it('does not read inherited properties such as __proto__ or toString', () => {
    const value = JSON.parse('{"__proto__": {"title": "x"}}');
    expect(normalizeSubmit(value, ['title', 'toString'])).toEqual({ title: '', toString: '' });
  });

  it('drops non-finite numbers', () => {
    expect(normalizeSubmit({ n: NaN, m: Infinity }, ['n', 'm'])).toEqual({ n: '', m: '' });
  });
});

describe('validateProposalStep', () => {
  it('accepts a valid form on every step', () => {
    for (const step of ['what', 'who'] as const) {
      expect(validateProposalStep(step, validProposalRaw())).toEqual({});
    }
  });

  it('checks only the fields of the step', () => {
    expect(validateProposalStep('what', { title: 'x', problem: 'p', goal: 'g' })).toEqual({});
  });

  it('requires title, problem, goal', () => {
    expect(validateProposalStep('what', {})).toEqual({
      title: { code: 'required' },
      problem: { code: 'required' },
      goal: { code: 'required' },
    });
  });

  it('treats whitespace as empty', () => {
    expect(validateProposalStep('what', withRaw({ title: '   ' })).title).toEqual({ code: 'required' });
  });

  it('limits title at LIMITS.title and long texts at LIMITS.longText', () => {
    expect(validateProposalStep('what', withRaw({ title: 'a'.repeat(LIMITS.title) }))).toEqual({});
    expect(validateProposalStep('what', withRaw({ title: 'a'.repeat(LIMITS.title + 1) })).title).toEqual({ code: 'tooLong', max: LIMITS.title });
    expect(validateProposalStep('what', withRaw({ problem: 'a'.repeat(LIMITS.longText) }))).toEqual({});
    expect(validateProposalStep('what', withRaw({ goal: 'a'.repeat(LIMITS.longText + 1) })).goal).toEqual({ code: 'tooLong', max: LIMITS.longText });
  });

  it('requires who benefits and the phase, not the other KS fields, and rejects unknown codes', () => {
    expect(validateProposalStep('who', withRaw({ beneficiaries: '', innovationTypes: '', phase: '' }))).toEqual({
      beneficiaries: { code: 'required' },
      phase: { code: 'required' },
    });
    const essentials = { beneficiaries: 'users', phase: 'anchor' };
    expect(validateProposalStep('who', essentials)).toEqual({});
    expect(validateProposalStep('who', withRaw({ beneficiaries: 'users,hackers' })).beneficiaries).toEqual({ code: 'invalidChoice' });
    expect(validateProposalStep('who', withRaw({ innovationTypes: '__proto__' })).innovationTypes).toEqual({ code: 'invalidChoice' });
    expect(validateProposalStep('who', withRaw({ employeeInvolvement: '' }))).toEqual({});
    expect(validateProposalStep('who', withRaw({ employeeInvolvement: 'bribed' })).employeeInvolvement).toEqual({ code: 'invalidChoice' });
  });

  it.each([
    ['', undefined],
    ['abc', { code: 'notANumber' }],
    ['1.5', { code: 'notANumber' }],
    ['1e3', { code: 'notANumber' }],
    ['-1', { code: 'outOfRange', min: 0, max: LIMITS.maxEmployees }],
    [String(LIMITS.maxEmployees + 1), { code: 'outOfRange', min: 0, max: LIMITS.maxEmployees }],
  ])('employeesInvolved %p -> %p', (value, error) => {
    expect(validateProposalStep('who', withRaw({ employeesInvolved: value })).employeesInvolved).toEqual(error);
  });

  it.each(['0', String(LIMITS.maxEmployees)])('employeesInvolved accepts %p', (value) => {
    expect(validateProposalStep('who', withRaw({ employeesInvolved: value }))).toEqual({});
  });

  describe('benefits', () => {
    const rows = (over: RawForm) =>
      validateProposalStep('who', {
        beneficiaries: 'users',
        phase: 'anchor',
        benefit1Type: '',
        benefit1Description: '',
        benefit2Type: '',
        benefit2Description: '',
        ...over,
      });
    it('may all be empty at registration', () => {
      expect(rows({})).toEqual({});
    });
    it('accepts a complete row anywhere', () => {
      expect(rows({ benefit3Type: 'quality', benefit3Description: 'Bedre' })).toEqual({});
    });
    it('flags the missing half of a row', () => {
      expect(rows({ benefit1Type: 'quality' })).toEqual({ benefit1Description: { code: 'benefitIncomplete' } });
      expect(rows({ benefit2Description: 'Bedre' })).toEqual({ benefit2Type: { code: 'benefitIncomplete' } });
      expect(rows({ benefit1Type: 'quality', benefit1Description: 'x', benefit2Type: 'other' })).toEqual({
        benefit2Description: { code: 'benefitIncomplete' },
      });
    });
    it('rejects unknown benefit types and long descriptions', () => {
      expect(rows({ benefit1Type: 'profit', benefit1Description: 'x' })).toEqual({ benefit1Type: { code: 'invalidChoice' } });
      expect(rows({ benefit1Type: 'quality', benefit1Description: 'a'.repeat(LIMITS.shortText) })).toEqual({});
      expect(rows({ benefit1Type: 'quality', benefit1Description: 'a'.repeat(LIMITS.shortText + 1) })).toEqual({
        benefit1Description: { code: 'tooLong', max: LIMITS.shortText },
      });
    });
  });

  describe('phase and dates', () => {
    it('requires a valid phase', () => {
      expect(validateProposalStep('who', withRaw({ phase: '' })).phase).toEqual({ code: 'required' });
      expect(validateProposalStep('who', withRaw({ phase: 'done' })).phase).toEqual({ code: 'invalidChoice' });
    });
    it.each(['2026-02-30', '2026-13-01', '15.01.2026', '2026-1-5', '2026-01-15T00:00:00Z', 'tomorrow'])('rejects %p', (d) => {
      expect(validateProposalStep('who', withRaw({ startDate: d })).startDate).toEqual({ code: 'invalidDate' });
    });
    it('accepts 29 February in a leap year only', () => {
      expect(validateProposalStep('who', withRaw({ startDate: '2028-02-29', plannedInUseDate: '2028-03-01' }))).toEqual({});
      expect(validateProposalStep('who', withRaw({ startDate: '2027-02-29' })).startDate).toEqual({ code: 'invalidDate' });
    });
    it('may leave both dates for later', () => {
      expect(validateProposalStep('who', withRaw({ startDate: '', plannedInUseDate: '' }))).toEqual({});
    });
    it('rejects an in-use date before the start, allows the same day', () => {
      expect(validateProposalStep('who', withRaw({ plannedInUseDate: '2026-01-14' })).plannedInUseDate).toEqual({ code: 'dateBeforeStart' });
      expect(validateProposalStep('who', withRaw({ plannedInUseDate: '2026-01-15' }))).toEqual({});
    });
  });
});

describe('parseProposal', () => {
  it('converts to typed values with only complete benefit rows', () => {
    const result = parseProposal(withRaw({ benefit2Type: 'quality', benefit2Description: 'Tryggere', beneficiaries: 'users, relatives,users' }));
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Digitalt tilsyn',
        problem: 'Mye kjøring',
        goal: 'Mindre kjøring',
        beneficiaries: ['users', 'relatives'],
        innovationTypes: ['service'],
        employeeInvolvement: ['proposed', 'testing'],
        employeesInvolved: 12,
        benefits: [
          { type: 'efficiency', description: 'Spart tid' },
          { type: 'quality', description: 'Tryggere' },
        ],
        phase: 'pilot',
        startDate: '2026-01-15',
        plannedInUseDate: '2026-06-01',
      },
    });
  });

  it('reports all errors and the first step with one', () => {
    const result = parseProposal(withRaw({ employeesInvolved: 'x', phase: '' }));
    expect(result).toEqual({
      ok: false,
      step: 'who',
      errors: { employeesInvolved: { code: 'notANumber' }, phase: { code: 'required' } },
    });
    expect(parseProposal(withRaw({ title: '', phase: '' }))).toMatchObject({ ok: false, step: 'what' });
  });

  it('fails on an empty form at the first step', () => {
    const result = parseProposal({});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.step).toBe('what');
      expect(Object.keys(result.errors).sort()).toEqual(
        ['title', 'problem', 'goal', 'beneficiaries', 'phase'].sort(),
      );
    }
  });

  it('stores only the essentials when the optional fields are left empty (absent, not empty)', () => {
    const result = parseProposal({ title: 'T', problem: 'P', goal: 'G', beneficiaries: 'users', phase: 'anchor', innovationTypes: '', employeesInvolved: '', startDate: '' });
    expect(result).toEqual({ ok: true, value: { title: 'T', problem: 'P', goal: 'G', beneficiaries: ['users'], phase: 'anchor' } });
  });

  it('works end to end from a forged activity value', () => {
    const raw = normalizeSubmit({ ...validProposalRaw(), employeesInvolved: 12, isAdmin: 'true', ownerId: 'someone' }, PROPOSAL_ALL_FIELDS);
    const result = parseProposal(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).not.toHaveProperty('isAdmin');
      expect(result.value).not.toHaveProperty('ownerId');
    }
  });

  it('round-trips through toRawProposal', () => {
    const parsed = parseProposal(validProposalRaw());
    if (!parsed.ok) throw new Error('expected ok');
    const raw = toRawProposal(parsed.value);
    expect(raw).toEqual(validProposalRaw());
    expect(parseProposal(raw)).toEqual(parsed);
  });
});
