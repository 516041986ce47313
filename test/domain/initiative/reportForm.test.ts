import { FACTORS } from '../../../src/domain/initiative/codes';
import { closingRequired, factorFieldIds, normalizeSubmit, parseProgressReport, REPORT_ALL_FIELDS } from '../../../src/domain/initiative/forms';
import { CLOSING_FIELDS, LIMITS, REPORT_FIELDS, type RawForm } from '../../../src/domain/initiative/formTypes';

const TODAY = '2026-03-10';

const base = (): RawForm => ({
  phase: 'pilot',
  status: 'active',
  progress: 'on_track',
  doneSinceLast: 'Testet med tre brukere',
  nextSteps: 'Utvide til hele avdelingen',
  nextStepsDate: '2026-04-01',
  employeeInvolvement: 'To ansatte tester',
});
const factors = (score = '4'): RawForm => Object.fromEntries(factorFieldIds().map((id) => [id, score]));
const closing = (): RawForm => ({
  inUseDate: '2026-03-01',
  achievedBenefits: 'efficiency,quality',
  effectMeasured: 'quant',
  closingSpreadActions: 'shared_internal',
  ...factors(),
});
const parse = (over: RawForm) => parseProgressReport({ ...base(), ...over }, TODAY);
const errorsOf = (over: RawForm) => {
  const r = parse(over);
  return r.ok ? {} : r.errors;
};

describe('report field ids', () => {
  it('factor ids cover every factor', () => {
    expect(factorFieldIds()).toEqual(FACTORS.map((f) => `factor_${f}`));
    expect(factorFieldIds()).toContain('factor_safe_operations');
  });
  it('REPORT_ALL_FIELDS = report + closing + factors', () => {
    expect(REPORT_ALL_FIELDS).toEqual([...REPORT_FIELDS, ...CLOSING_FIELDS, ...factorFieldIds()]);
  });
  it('closing is required only for done statuses', () => {
    expect(closingRequired('done_in_use')).toBe(true);
    expect(closingRequired('done_no_effect')).toBe(true);
    for (const s of ['active', 'paused', 'stopped', '', undefined]) expect(closingRequired(s)).toBe(false);
  });
});

describe('parseProgressReport', () => {
  it('parses a minimal report', () => {
    expect(parse({})).toEqual({
      ok: true,
      value: {
        phase: 'pilot',
        status: 'active',
        progress: 'on_track',
        doneSinceLast: 'Testet med tre brukere',
        nextSteps: 'Utvide til hele avdelingen',
        nextStepsDate: '2026-04-01',
        employeeInvolvement: 'To ansatte tester',
        helpNeeded: [],
        measurements: [],
        spreadActions: [],
      },
    });
  });

  it('requires the essentials only (employee involvement is one of the optional parts)', () => {
    const r = parseProgressReport({}, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual(
        Object.fromEntries(
          ['phase', 'status', 'progress', 'doneSinceLast', 'nextSteps', 'nextStepsDate'].map((id) => [id, { code: 'required' }]),
        ),
      );
    }
  });

  it('rejects invalid codes and dates', () => {
    expect(errorsOf({ phase: 'x', status: 'deleted', progress: 'fast', nextStepsDate: '2026-02-30' })).toEqual({
      phase: { code: 'invalidChoice' },
      status: { code: 'invalidChoice' },
      progress: { code: 'invalidChoice' },
      nextStepsDate: { code: 'invalidDate' },
    });
  });

  it.each(['doneSinceLast', 'nextSteps', 'employeeInvolvement', 'learning', 'barriers'])('limits %s at LIMITS.longText', (id) => {
    expect(errorsOf({ [id]: 'a'.repeat(LIMITS.longText) })).toEqual({});
    expect(errorsOf({ [id]: 'a'.repeat(LIMITS.longText + 1) })).toEqual({ [id]: { code: 'tooLong', max: LIMITS.longText } });
  });

  it('keeps optional texts', () => {
    const r = parse({ learning: 'Lærte mye', barriers: 'Tid' });
    expect(r.ok && r.value.learning).toBe('Lærte mye');
    expect(r.ok && r.value.barriers).toBe('Tid');
  });

  describe('help needed', () => {
    it('accepts none alone without text', () => {
      expect(parse({ helpNeeded: 'none' })).toMatchObject({ ok: true, value: { helpNeeded: ['none'] } });
    });
    it('rejects none combined with others', () => {
      expect(errorsOf({ helpNeeded: 'none,ict', helpText: 'x' })).toEqual({ helpNeeded: { code: 'exclusiveChoice', option: 'helpNeeded.none' } });
    });
    it('rejects unknown codes', () => {
      expect(errorsOf({ helpNeeded: 'money' })).toEqual({ helpNeeded: { code: 'invalidChoice' } });
    });
    it('requires a text when help is asked for', () => {
      expect(errorsOf({ helpNeeded: 'ict,funding' })).toEqual({ helpText: { code: 'required' } });
      expect(parse({ helpNeeded: 'ict,funding', helpText: 'Trenger nettbrett' })).toMatchObject({
        ok: true,
        value: { helpNeeded: ['ict', 'funding'], helpText: 'Trenger nettbrett' },
      });
    });
  });

  describe('measurement', () => {
    it('is all-or-nothing on type and value', () => {
      expect(errorsOf({ measurementType: 'efficiency' })).toEqual({ measurementValue: { code: 'required' } });
      expect(errorsOf({ measurementValue: '3 timer' })).toEqual({ measurementType: { code: 'required' } });
      expect(errorsOf({ measurementNote: 'notat' })).toEqual({ measurementType: { code: 'required' }, measurementValue: { code: 'required' } });
    });
    it('ignores a lone (prefilled) date', () => {
      expect(parse({ measurementDate: '2026-03-01' })).toMatchObject({ ok: true, value: { measurements: [] } });
    });
    it('defaults the date to today', () => {
      expect(parse({ measurementType: 'efficiency', measurementValue: '3 timer' })).toMatchObject({
        ok: true,
        value: { measurements: [{ benefitType: 'efficiency', value: '3 timer', date: TODAY }] },
      });
    });
    it('keeps date and note', () => {
      const r = parse({ measurementType: 'quality', measurementValue: '4,5', measurementDate: '2026-03-01', measurementNote: 'Brukerundersøkelse' });
      expect(r.ok && r.value.measurements).toEqual([{ benefitType: 'quality', value: '4,5', date: '2026-03-01', note: 'Brukerundersøkelse' }]);
    });
    it('validates type and date', () => {
      expect(errorsOf({ measurementType: 'profit', measurementValue: '1', measurementDate: '2026-02-31' })).toEqual({
        measurementType: { code: 'invalidChoice' },
        measurementDate: { code: 'invalidDate' },
      });
    });
  });

  it('validates spread actions with none alone', () => {
    expect(parse({ spreadActions: 'kominn,prize' })).toMatchObject({ ok: true, value: { spreadActions: ['kominn', 'prize'] } });
    expect(errorsOf({ spreadActions: 'none,prize' })).toEqual({ spreadActions: { code: 'exclusiveChoice', option: 'spreadAction.none' } });
  });

  describe('closing report', () => {
    it('is ignored (not validated, not stored) unless status is done_*', () => {
      for (const status of ['active', 'paused', 'stopped']) {
        const r = parse({ status, inUseDate: 'garbage', factor_time: '99' });
        expect(r.ok).toBe(true);
        expect(r.ok && r.value.closing).toBeUndefined();
      }
    });

    it('is required for done_in_use', () => {
      const errors = errorsOf({ status: 'done_in_use' });
      expect(errors).toEqual({
        inUseDate: { code: 'required' },
        achievedBenefits: { code: 'required' },
        effectMeasured: { code: 'required' },
        closingSpreadActions: { code: 'required' },
        ...Object.fromEntries(factorFieldIds().map((id) => [id, { code: 'required' }])),
      });
    });

    it('for done_no_effect, in-use date and achieved benefits are optional', () => {
      const { inUseDate: _d, achievedBenefits: _a, ...rest } = closing();
      const r = parse({ status: 'done_no_effect', ...rest });
      expect(r).toMatchObject({ ok: true, value: { closing: { inUseDate: '', achievedBenefits: [], effectMeasured: 'quant' } } });
      expect(errorsOf({ status: 'done_no_effect', ...rest, inUseDate: '2026-02-30' })).toEqual({ inUseDate: { code: 'invalidDate' } });
      expect(errorsOf({ status: 'done_no_effect' })).not.toHaveProperty('inUseDate');
      expect(errorsOf({ status: 'done_no_effect' })).toHaveProperty('effectMeasured', { code: 'required' });
      expect(errorsOf({ status: 'done_no_effect' })).toHaveProperty('factor_time', { code: 'required' });
    });

    it('parses a complete closing report', () => {
      const r = parse({ status: 'done_in_use', ...closing(), factor_time: '1', factor_political: '6' });
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.value.closing).toEqual({
          inUseDate: '2026-03-01',
          achievedBenefits: ['efficiency', 'quality'],
          effectMeasured: 'quant',
          spreadActions: ['shared_internal'],
          factors: { ...Object.fromEntries(FACTORS.map((f) => [f, 4])), time: 1, political: 6 },
        });
      }
    });

    it.each([
      ['0', { code: 'outOfRange', min: 1, max: 6 }],
      ['7', { code: 'outOfRange', min: 1, max: 6 }],
      ['3.5', { code: 'notANumber' }],
      ['high', { code: 'notANumber' }],
      ['', { code: 'required' }],
    ])('factor score %p -> %p', (score, error) => {
      expect(errorsOf({ status: 'done_in_use', ...closing(), factor_new_tech: score })).toEqual({ factor_new_tech: error });
    });

    it('validates closing codes', () => {
      expect(
        errorsOf({ status: 'done_in_use', ...closing(), achievedBenefits: 'fame', effectMeasured: 'maybe', closingSpreadActions: 'none,kominn' }),
      ).toEqual({
        achievedBenefits: { code: 'invalidChoice' },
        effectMeasured: { code: 'invalidChoice' },
        closingSpreadActions: { code: 'exclusiveChoice', option: 'spreadAction.none' },
      });
      expect(parse({ status: 'done_in_use', ...closing(), closingSpreadActions: 'none' })).toMatchObject({
        ok: true,
        value: { closing: { spreadActions: ['none'] } },
      });
    });
  });

  it('works from a forged activity value with extra keys and numbers', () => {
    const value = { ...base(), status: 'done_in_use', ...closing(), factor_time: 5, ownerId: 'evil', factor_unknown: 9 };
    const r = parseProgressReport(normalizeSubmit(value, REPORT_ALL_FIELDS), TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.closing?.factors.time).toBe(5);
      expect(r.value.closing?.factors).not.toHaveProperty('unknown');
      expect(r.value).not.toHaveProperty('ownerId');
    }
  });
});
