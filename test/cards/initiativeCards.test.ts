// The initiative cards: form buttons, input ids, prefilled values, error texts, the phase step
// bar, dates, code labels and the inventory of verbs the router must handle.
import { CODE_LISTS, PHASES } from '../../src/domain/initiative/codes';
import {
  CLOSING_FIELDS,
  DETAILS_FIELDS,
  LIMITS,
  PROFILE_FIELDS,
  PROPOSAL_STEPS,
  PROPOSAL_STEP_FIELDS,
  REPORT_FIELDS,
  type FieldErrorCode,
} from '../../src/domain/initiative/formTypes';
import { toRawEdit } from '../../src/domain/initiative/edit';
import { LOCALES, strings, t } from '../../src/i18n';
import { routeForVerb } from '../../src/teams/routes';
import {
  FACTOR_FIELDS,
  FORM_NAVS,
  INITIATIVE_TEMPLATES,
  fieldErrorText,
  formatDate,
  helpRequestCard,
  initiativeDetailCard,
  initiativeListCard,
  pickInitiativeCard,
  profileCard,
  proposeStepCard,
  proposeSummaryCard,
  reportFormCard,
  REPORT_PARTS,
  type ReportPart,
  closingReportCard,
  type FormMeta,
} from '../../src/teams/cards/initiativeCards';
import type { CardAttachment } from '../../src/teams/cards/template';
import {
  CARD_SAMPLES,
  SECTORS,
  USER,
  otherInitiative,
  sampleInitiative,
  sampleListItems,
  sampleMeta,
  sampleProposal,
  sampleReportRaw,
  sampleReports,
} from './samples';
import { wordsBrokenAtNarrowWidth } from './narrowCard';

type Node = Record<string, unknown>;

function walk(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, out));
  else if (node && typeof node === 'object') {
    out.push(node as Node);
    Object.values(node).forEach((v) => walk(v, out));
  }
  return out;
}
const nodes = (card: CardAttachment) => walk(card.content);
const inputs = (card: CardAttachment) => nodes(card).filter((n) => typeof n.type === 'string' && (n.type as string).startsWith('Input.'));
const actions = (card: CardAttachment) => nodes(card).filter((n) => typeof n.type === 'string' && (n.type as string).startsWith('Action.'));
const submitData = (card: CardAttachment) => actions(card).filter((a) => a.type === 'Action.Submit').map((a) => a.data as Node);
const input = (card: CardAttachment, id: string) => inputs(card).find((i) => i.id === id);
const attentionTexts = (card: CardAttachment) =>
  nodes(card)
    .filter((n) => n.type === 'TextBlock' && String(n.color).toLowerCase() === 'attention')
    .map((n) => n.text as string);
/** The element right after the input with `id` in its container. */
function nextSibling(card: CardAttachment, id: string): Node | undefined {
  for (const n of nodes(card)) {
    for (const list of [n.body, n.items]) {
      if (!Array.isArray(list)) continue;
      const i = (list as Node[]).findIndex((c) => c.id === id);
      if (i >= 0) return (list as Node[])[i + 1];
    }
  }
  return undefined;
}

const proposeMeta = (step: string, stepIndex: number): FormMeta => ({ form: 'propose', token: 'tok-9', step, stepIndex, stepCount: 3 });

/** Every form card, with the meta it was built with. */
function formCards(locale: 'nb' | 'en'): Array<{ name: string; meta: FormMeta; card: CardAttachment; fields: readonly string[] }> {
  const out = PROPOSAL_STEPS.map((step, i) => {
    const meta = proposeMeta(step, i);
    return { name: `propose ${step}`, meta, card: proposeStepCard(locale, meta, step, {}, {}), fields: PROPOSAL_STEP_FIELDS[step] };
  });
  const summaryMeta = proposeMeta('summary', 2);
  const pickMeta = sampleMeta('report', 'pick', 0, 2);
  const reportMeta = sampleMeta('report', 'report', 1, 2);
  const closingMeta = sampleMeta('report', 'closing', 2, 3);
  const editMeta = sampleMeta('edit', 'who', 1, 2);
  const editExtras = { coOwnerChoices: [{ title: 'Ola Leder (Skolen)', value: 'aad-ola' }] };
  const profileMeta = sampleMeta('profile', 'profile', 0, 1);
  return [
    ...out,
    { name: 'summary', meta: summaryMeta, card: proposeSummaryCard(locale, summaryMeta, sampleProposal, { name: 'A', unit: 'B', sector: 'C' }), fields: [] },
    { name: 'pick', meta: pickMeta, card: pickInitiativeCard(locale, pickMeta, [sampleInitiative, otherInitiative]), fields: ['initiativeId'] },
    {
      name: 'report',
      meta: reportMeta,
      card: reportFormCard(locale, reportMeta, sampleInitiative, {}, {}),
      fields: [...REPORT_FIELDS],
    },
    {
      name: 'closing',
      meta: closingMeta,
      card: closingReportCard(locale, closingMeta, sampleInitiative, { status: 'done_in_use' }, {}),
      fields: [...CLOSING_FIELDS, ...FACTOR_FIELDS],
    },
    { name: 'edit', meta: editMeta, card: proposeStepCard(locale, editMeta, 'who', toRawEdit(sampleInitiative), {}, editExtras), fields: [...PROPOSAL_STEP_FIELDS.who, ...DETAILS_FIELDS, 'coOwnerIds'] },
    { name: 'profile', meta: profileMeta, card: profileCard(locale, profileMeta, {}, {}), fields: PROFILE_FIELDS },
  ];
}

describe.each(LOCALES)('form cards in %s', (locale) => {
  const cards = formCards(locale);

  it.each(cards.map((c) => [c.name, c] as const))('%s: every button submits { verb: form, form, token, step, nav }', (_name, { meta, card }) => {
    const data = submitData(card);
    expect(data.length).toBeGreaterThan(0);
    for (const d of data) {
      expect(d).toEqual({ verb: 'form', form: meta.form, token: meta.token, step: meta.step, nav: expect.any(String) });
      expect(FORM_NAVS).toContain(d.nav);
    }
    const navs = data.map((d) => d.nav);
    expect(navs).toContain('cancel');
    expect(navs.includes('next') || navs.includes('submit')).toBe(true);
    expect(navs.includes('back')).toBe(meta.stepIndex > 0);
    for (const a of actions(card).filter((x) => x.type === 'Action.Submit')) {
      const nav = (a.data as Node).nav;
      if (nav === 'cancel' || nav === 'help' || nav === 'back') expect(a.associatedInputs).toBe('none');
      else expect(a.associatedInputs).toBeUndefined();
    }
  });

  it.each(cards.map((c) => [c.name, c] as const))('%s: inputs are exactly the form fields, each with a label', (_name, { card, fields }) => {
    const ids = inputs(card).map((i) => i.id as string);
    expect([...ids].sort()).toEqual([...fields].sort());
    for (const i of inputs(card)) {
      expect(typeof i.label).toBe('string');
      expect((i.label as string).length).toBeGreaterThan(0);
      if (i.isRequired === true) expect(i.errorMessage).toBe(fieldErrorText(locale, { code: 'required' }));
      if (i.type === 'Input.Text') expect(typeof i.maxLength).toBe('number');
    }
  });

  it('proposal steps show «step n of m», and help is offered on every step', () => {
    PROPOSAL_STEPS.forEach((step, i) => {
      const card = proposeStepCard(locale, proposeMeta(step, i), step, {}, {});
      const texts = nodes(card).filter((n) => n.type === 'TextBlock').map((n) => n.text);
      expect(texts).toContain(t(locale, 'propose.stepOf', { n: i + 1, total: 3 }));
      expect(texts).toContain(t(locale, `propose.steps.${step}`));
      expect(submitData(card).map((d) => d.nav)).toContain('help');
      expect(t(locale, `propose.help.${step}`).length).toBeGreaterThan(40);
    });
  });
});

describe('prefilled values and errors', () => {
  it('proposal inputs show the leader’s own input, multi-select as comma-separated codes, numbers and dates', () => {
    const what = proposeStepCard('nb', proposeMeta('what', 0), 'what', { title: USER.title, problem: USER.problem, goal: USER.goal }, {});
    expect(input(what, 'title')!.value).toBe(USER.title);
    expect(input(what, 'problem')!.value).toBe(USER.problem);
    expect(input(what, 'title')!.maxLength).toBe(LIMITS.title);
    const who = proposeStepCard('nb', proposeMeta('who', 1), 'who', { beneficiaries: 'users,relatives' }, {});
    expect(input(who, 'beneficiaries')).toMatchObject({ value: 'users,relatives', isMultiSelect: true });
    expect(input(who, 'employeesInvolved')!.value).toBeNull();
    const more = proposeStepCard('nb', proposeMeta('who', 1), 'who', { phase: 'pilot', startDate: '2026-04-05', employeesInvolved: '12', benefit2Type: 'work_env', benefit2Description: USER.benefit }, {});
    expect(input(more, 'employeesInvolved')!.value).toBe(12);
    expect(input(more, 'phase')!.value).toBe('pilot');
    expect(input(more, 'startDate')).toMatchObject({ type: 'Input.Date', value: '2026-04-05' });
    expect(input(more, 'plannedInUseDate')!.value).toBe('');
    expect(input(more, 'benefit2Type')!.value).toBe('work_env');
    expect(input(more, 'benefit2Description')!.value).toBe(USER.benefit);
  });

  it('registering asks only for the essentials: the other KS fields are optional and folded away until wanted', () => {
    const who = proposeStepCard('nb', proposeMeta('who', 1), 'who', {}, {});
    const required = inputs(who).filter((i) => i.isRequired === true).map((i) => i.id);
    expect(required.sort()).toEqual(['beneficiaries', 'phase']);
    const what = proposeStepCard('nb', proposeMeta('what', 0), 'what', {}, {});
    expect(inputs(what).filter((i) => i.isRequired === true).map((i) => i.id).sort()).toEqual(['goal', 'problem', 'title']);
    const folded = nodes(who).find((n) => n.id === 'moreDetails')!;
    expect(folded.isVisible).toBe(false);
    const toggle = actions(who).find((a) => a.type === 'Action.ToggleVisibility')!;
    expect(toggle).toMatchObject({ title: t('nb', 'propose.more.show'), targetElements: ['moreDetails'] });
    // Something filled in or wrong there: the section is open, so the note is seen.
    const wrong = proposeStepCard('nb', proposeMeta('who', 1), 'who', { startDate: '2020-01-01' }, { startDate: { code: 'startTooLongAgo' } });
    expect(nodes(wrong).find((n) => n.id === 'moreDetails')!.isVisible).toBe(true);
    // Co-owners and the KS details are for `rediger` only.
    expect(input(who, 'coOwnerIds')).toBeUndefined();
    expect(input(who, 'novelty')).toBeUndefined();
  });

  it('an error shows as attention text right under its input', () => {
    const card = proposeStepCard('nb', proposeMeta('what', 0), 'what', { title: 'x'.repeat(120) }, { title: { code: 'tooLong', max: 100 } });
    const text = fieldErrorText('nb', { code: 'tooLong', max: 100 });
    expect(text).toContain('100');
    expect(attentionTexts(card)).toEqual([text]);
    expect(nextSibling(card, 'title')).toMatchObject({ type: 'TextBlock', text });
    const rows = proposeStepCard('en', proposeMeta('who', 1), 'who', {}, { benefit1Type: { code: 'benefitIncomplete' } });
    expect(nextSibling(rows, 'benefit1Type')).toMatchObject({ text: fieldErrorText('en', { code: 'benefitIncomplete' }) });
    expect(attentionTexts(proposeStepCard('nb', proposeMeta('what', 0), 'what', {}, {}))).toEqual([]);
  });

  it('the report form is prefilled from the initiative, then from the leader’s input', () => {
    const fresh = reportFormCard('nb', sampleMeta('report', 'report', 0, 1), sampleInitiative, {}, {});
    expect(input(fresh, 'phase')!.value).toBe(sampleInitiative.phase);
    expect(input(fresh, 'status')!.value).toBe('active');
    expect(input(fresh, 'progress')!.value).toBe('at_risk');
    const phaseChoices = input(fresh, 'phase')!.choices as Array<{ title: string; value: string }>;
    expect(phaseChoices.map((c) => c.value)).toEqual([...PHASES]);
    expect(phaseChoices[1]!.title).toBe('2 Innsikt (nåværende fase)');
    expect(phaseChoices[3]!.title).toBe('4 Pilotering');

    const filled = reportFormCard('nb', sampleMeta('report', 'report', 1, 2), sampleInitiative, { ...sampleReportRaw, phase: 'pilot' }, {});
    expect(input(filled, 'phase')!.value).toBe('pilot');
    expect(input(filled, 'status')!.value).toBe('done_in_use');
    expect(input(filled, 'doneSinceLast')!.value).toBe(USER.doneSinceLast);
    expect(input(filled, 'helpNeeded')).toMatchObject({ value: 'line_manager,ict', isMultiSelect: true });
    expect(input(filled, 'nextStepsDate')).toMatchObject({ type: 'Input.Date', value: '2026-06-01' });
    expect((input(filled, 'measurementType')!.choices as Array<{ value: string }>).map((c) => c.value)).toEqual([...CODE_LISTS.benefitType]);
    const notes = nodes(filled).filter((n) => n.type === 'TextBlock' && n.text === t('nb', 'fields.personalDataNote'));
    expect(notes).toHaveLength(1);
  });

  it('the report card has no closing inputs; the closing card has them all, one control per factor', () => {
    const meta = sampleMeta('report', 'report', 0, 2);
    const report = reportFormCard('nb', meta, sampleInitiative, { ...sampleReportRaw }, {});
    const ids = (card: CardAttachment) => nodes(card).filter((n) => typeof n.id === 'string' && String(n.type).startsWith('Input.')).map((n) => n.id);
    expect(ids(report).filter((id) => [...CLOSING_FIELDS, ...FACTOR_FIELDS].includes(String(id)))).toEqual([]);
    // The only toggles open the report's own optional parts.
    const targets = actions(report).filter((a) => a.type === 'Action.ToggleVisibility').flatMap((a) => a.targetElements as string[]);
    expect(targets.sort()).toEqual(Object.keys(REPORT_PARTS).map((p) => `${p}Part`).sort());

    const closing = closingReportCard('nb', sampleMeta('report', 'closing', 1, 2), sampleInitiative, { ...sampleReportRaw }, { effectMeasured: { code: 'required' } });
    expect(ids(closing).sort()).toEqual([...CLOSING_FIELDS, ...FACTOR_FIELDS].sort());
    expect(input(closing, 'factor_time')).toMatchObject({ type: 'Input.ChoiceSet', style: 'compact', value: '2' });
    expect(input(closing, 'factor_time')!.isRequired).toBeUndefined();
    const scores = (input(closing, 'factor_time')!.choices as Array<{ title: string; value: string }>).map((c) => c.value);
    expect(scores).toEqual(['1', '2', '3', '4', '5', '6', 'na']);
    expect(nextSibling(closing, 'effectMeasured')).toMatchObject({ color: 'attention', text: fieldErrorText('nb', { code: 'required' }) });
    const nav = submitData(closing).map((d) => d.nav);
    expect(nav).toEqual(expect.arrayContaining(['back', 'submit', 'cancel', 'help']));
  });

  it('the report card shows the essentials and folds the optional parts away until wanted', () => {
    const meta = sampleMeta('report', 'form', 0, 1);
    const fresh = reportFormCard('nb', meta, sampleInitiative, { phase: 'insight', status: 'active', progress: 'on_track' }, {});
    const part = (card: CardAttachment, name: string) => nodes(card).find((n) => n.id === `${name}Part`);
    const visibleInputs = (card: CardAttachment) => {
      const hidden = new Set<string>(Object.keys(REPORT_PARTS).filter((p) => part(card, p)!.isVisible === false).flatMap((p) => [...REPORT_PARTS[p as ReportPart]]));
      return nodes(card).filter((n) => String(n.type).startsWith('Input.') && !hidden.has(String(n.id))).map((n) => n.id);
    };
    expect(visibleInputs(fresh)).toEqual(['phase', 'status', 'progress', 'doneSinceLast', 'nextSteps', 'nextStepsDate']);
    for (const name of Object.keys(REPORT_PARTS)) {
      expect(part(fresh, name)).toMatchObject({ type: 'Container', isVisible: false });
      const toggle = nodes(fresh).find((n) => n.id === `${name}Toggle`)!;
      expect(toggle.selectAction).toMatchObject({ type: 'Action.ToggleVisibility', targetElements: [`${name}Part`] });
      // Every optional input is inside its part (folded with it, its value kept).
      for (const id of REPORT_PARTS[name as ReportPart]) expect(nodes({ content: part(fresh, name) } as unknown as CardAttachment).some((n) => n.id === id)).toBe(true);
    }
    // An error in a folded part opens that part (and only that one); so does what the leader wrote.
    const withError = reportFormCard('nb', meta, sampleInitiative, { status: 'active', helpNeeded: 'ict' }, { helpText: { code: 'required' } });
    expect(part(withError, 'help')!.isVisible).toBe(true);
    expect(part(withError, 'learning')!.isVisible).toBe(false);
    const written = reportFormCard('nb', meta, sampleInitiative, { status: 'active', learning: 'Mye' }, {});
    expect(part(written, 'learning')!.isVisible).toBe(true);
    expect(input(written, 'learning')!.value).toBe('Mye');
    expect(input(fresh, 'employeeInvolvement')!.isRequired).toBeUndefined();
  });

  it('the closing card marks the fields the status requires with (*) before anything is submitted', () => {
    const meta = sampleMeta('report', 'closing', 1, 2);
    const inUse = closingReportCard('nb', meta, sampleInitiative, { status: 'done_in_use' }, {});
    for (const id of [...CLOSING_FIELDS, ...FACTOR_FIELDS]) {
      expect(input(inUse, id)!.label).toMatch(/\(\*\)$/);
    }
    const noEffect = closingReportCard('nb', meta, sampleInitiative, { status: 'done_no_effect' }, {});
    expect(input(noEffect, 'inUseDate')!.label).toBe(t('nb', 'fields.inUseDate'));
    expect(input(noEffect, 'achievedBenefits')!.label).toBe(t('nb', 'fields.achievedBenefits'));
    expect(input(noEffect, 'effectMeasured')!.label).toMatch(/\(\*\)$/);
    expect(attentionTexts(noEffect)).toEqual([]);
  });

  it('rediger shows the proposal cards prefilled from the initiative, with co-owners and the KS details', () => {
    const extras = { coOwnerChoices: [{ title: 'Ola Leder (Skolen)', value: 'aad-ola' }] };
    const what = proposeStepCard('nb', sampleMeta('edit', 'what', 0, 2), 'what', toRawEdit(sampleInitiative), {}, extras);
    expect(input(what, 'title')!.value).toBe(sampleInitiative.title);
    expect(submitData(what).map((d) => d.nav)).toContain('next');
    const card = proposeStepCard('nb', sampleMeta('edit', 'who', 1, 2), 'who', { ...toRawEdit(sampleInitiative), coOwnerIds: 'aad-ola' }, {}, extras);
    expect(input(card, 'reuseSource')!.value).toBe('other_unit');
    expect(input(card, 'reuseReference')).toMatchObject({ value: USER.reuseReference, maxLength: LIMITS.reference });
    expect(input(card, 'initiators')).toMatchObject({ value: 'employees,leaders', isMultiSelect: true });
    expect(input(card, 'novelty')!.value).toBe('');
    expect(input(card, 'coOwnerIds')).toMatchObject({ value: 'aad-ola', isMultiSelect: true, choices: extras.coOwnerChoices });
    expect(input(card, 'phase')!.value).toBe(sampleInitiative.phase);
    expect(submitData(card).find((d) => d.nav === 'submit')).toBeDefined();
  });

  it('the profile asks for no role, unit or sector (they come from the roster)', () => {
    const card = profileCard('nb', sampleMeta('profile', 'profile', 0, 1), { language: 'en' }, {}, [{ unit: 'Solsiden sykehjem', sector: 'Helse og omsorg', rosterId: 'kari@example.no' }]);
    expect(input(card, 'sector')).toBeUndefined();
    expect(input(card, 'unit')).toBeUndefined();
    expect(input(card, 'role')).toBeUndefined();
    expect(JSON.stringify(card)).toContain('Solsiden sykehjem');
    expect((input(card, 'language')!.choices as Array<{ value: string }>).map((c) => c.value)).toEqual(['nb', 'en']);
  });
});

describe('list, details, help request', () => {
  it('the list has per-initiative buttons and a «Nytt tiltak» button', () => {
    const card = initiativeListCard('nb', sampleListItems);
    const data = submitData(card);
    for (const verb of ['report', 'edit', 'details']) {
      expect(data.filter((d) => d.verb === verb).map((d) => d.initiativeId)).toEqual(['initiative-1', 'initiative-2']);
    }
    expect(data).toContainEqual({ verb: 'newInitiative' });
    const facts = nodes(card).flatMap((n) => (Array.isArray(n.facts) ? (n.facts as Array<{ value: string }>) : [])).map((f) => f.value);
    expect(facts).toEqual(expect.arrayContaining(['2/6 Innsikt', 'Aktiv · Litt forsinket', '01.05.2026', 'Statusrapport innen 01.06.2026', 'Ingen ennå', 'Første statusrapport innen 15.05.2026']));
    expect(nodes(card).filter((n) => n.type === 'ActionSet')).toHaveLength(2);
  });

  it('the empty list says so and offers «Nytt tiltak»', () => {
    const card = initiativeListCard('nb', []);
    expect(nodes(card).map((n) => n.text)).toContain(t('nb', 'list.empty'));
    expect(submitData(card)).toEqual([{ verb: 'newInitiative' }]);
  });

  it('with a form open, the list offers «Fortsett skjemaet» with the form\'s token; an empty list while registering says so', () => {
    const open = { token: 'form-token', form: 'propose' as const, stepIndex: 1, stepCount: 3, registering: true };
    const empty = initiativeListCard('nb', [], undefined, open);
    expect(nodes(empty).map((n) => n.text)).toContain(t('nb', 'list.emptyWhileRegistering'));
    expect(nodes(empty).map((n) => n.text)).not.toContain(t('nb', 'list.empty'));
    expect(submitData(empty)).toEqual([{ verb: 'formShow', token: 'form-token' }, { verb: 'newInitiative' }]);
    const listed = initiativeListCard('nb', sampleListItems, undefined, { ...open, form: 'edit', stepIndex: 0, stepCount: 2, registering: false });
    expect(nodes(listed).map((n) => n.text)).toContain('Du har et skjema som ikke er sendt inn (redigering av tiltak, steg 1 av 2). Du kan fortsette der du slapp.');
    expect(submitData(listed)).toContainEqual({ verb: 'formShow', token: 'form-token' });
    expect(nodes(initiativeListCard('nb', sampleListItems)).map((n) => n.text)).not.toContain('');
  });

  it.each(PHASES.map((p, i) => [p, i + 1] as const))('the step bar marks %s as %i of 6 phases reached', (phase, reached) => {
    const card = initiativeDetailCard('nb', { ...sampleInitiative, phase }, []);
    const steps = nodes(card).find((n) => n.id === 'phaseBar')!.items as Node[];
    expect(steps).toHaveLength(6);
    expect(steps.filter((s) => s.color === 'Good' || s.color === 'Accent')).toHaveLength(reached);
    expect(steps.findIndex((s) => s.color === 'Accent')).toBe(reached - 1);
    expect(steps.filter((s) => s.weight === 'Bolder')).toEqual([steps[reached - 1]]);
    expect(steps[reached - 1]!.text).toMatch(/\(nå\)$/);
  });

  it.each(LOCALES)('the details card breaks no word at Teams’ narrowest card width, in any phase (%s)', (locale) => {
    for (const phase of PHASES) {
      const card = initiativeDetailCard(locale, { ...sampleInitiative, phase }, sampleReports);
      expect(wordsBrokenAtNarrowWidth(card.content)).toEqual([]);
    }
    // The check itself: six phase columns side by side would break «Forankring».
    const sideBySide = { type: 'ColumnSet', columns: PHASES.map((p) => ({ type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: t(locale, `codes.phase.${p}`), size: 'Small', wrap: true }] })) };
    expect(wordsBrokenAtNarrowWidth(sideBySide).length).toBeGreaterThan(0);
  });

  it('details show the last three reports, newest first, and Rapporter / Rediger', () => {
    const card = initiativeDetailCard('nb', sampleInitiative, sampleReports);
    const texts = nodes(card).filter((n) => n.type === 'TextBlock').map((n) => n.text as string);
    const reportLines = texts.filter((x) => /^\d\d\.\d\d\.\d{4} · /.test(x));
    expect(reportLines).toEqual(['01.05.2026 · 2 Innsikt · I rute', '05.04.2026 · 2 Innsikt · I rute', '01.03.2026 · 1 Forankring · I rute']);
    expect(submitData(card)).toEqual([
      { verb: 'report', initiativeId: 'initiative-1' },
      { verb: 'edit', initiativeId: 'initiative-1' },
    ]);
    expect(nodes(initiativeDetailCard('en', sampleInitiative, [])).map((n) => n.text)).toContain(t('en', 'detail.noReports'));
  });

  it('the help request names who asks, the initiative and the help, without form buttons', () => {
    const card = helpRequestCard('nb', sampleInitiative, sampleReports[1]!);
    const json = JSON.stringify(card);
    for (const s of [USER.ownerName, USER.unit, USER.title, USER.helpText]) expect(json).toContain(JSON.stringify(s).slice(1, -1));
    expect(json).toContain('Fra nærmeste leder, Med IKT');
    expect(actions(card)).toEqual([]);
  });
});

describe('text helpers', () => {
  it.each([
    ['2026-04-05', '05.04.2026'],
    ['2026-04-05T21:30:00.000Z', '05.04.2026'],
    ['2026-04-04T22:30:00Z', '05.04.2026'],
    ['2026-01-04T23:30:00Z', '05.01.2026'],
    ['not a date', 'not a date'],
  ])('formatDate(%s) is %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it('fills {min} and {max} in error texts', () => {
    expect(fieldErrorText('nb', { code: 'outOfRange', min: 1, max: 6 })).toBe('Må være fra 1 til 6.');
    expect(fieldErrorText('en', { code: 'tooLong', max: 300 })).toBe('The text is too long. Use at most 300 characters.');
    const codes: FieldErrorCode[] = ['required', 'tooLong', 'invalidChoice', 'invalidDate', 'dateBeforeStart', 'notANumber', 'outOfRange', 'benefitIncomplete'];
    for (const locale of LOCALES) for (const code of codes) expect(fieldErrorText(locale, { code, max: 1, min: 0 })).not.toMatch(/[{}]/);
  });

  it.each(LOCALES)('every code in CODE_LISTS has a label in %s', (locale) => {
    const labels = strings(locale).codes as Record<string, Record<string, string>>;
    for (const [list, codes] of Object.entries(CODE_LISTS)) {
      expect(Object.keys(labels[list] ?? {}).sort()).toEqual([...codes].sort());
      for (const code of codes) expect(labels[list]![code]!.trim()).not.toBe('');
    }
  });

  it('has help texts for every form', () => {
    for (const locale of LOCALES) {
      for (const step of PROPOSAL_STEPS) expect(t(locale, `propose.help.${step}`)).toBeTruthy();
      expect(t(locale, 'propose.help.summary')).toBeTruthy();
      expect(t(locale, 'report.help')).toBeTruthy();
      expect(t(locale, 'profileForm.help')).toBeTruthy();
      expect(t(locale, 'edit.help')).toBeTruthy();
    }
  });
});

describe('button verb inventory', () => {
  it('every verb the initiative cards submit has a route', () => {
    const all = [
      ...LOCALES.flatMap((l) => formCards(l).map((c) => c.card)),
      initiativeListCard('nb', sampleListItems),
      initiativeListCard('nb', []),
      initiativeDetailCard('nb', sampleInitiative, sampleReports),
      helpRequestCard('nb', sampleInitiative, sampleReports[0]!),
    ];
    const verbs = new Set(all.flatMap((c) => submitData(c).map((d) => d.verb)));
    expect([...verbs].filter((v) => routeForVerb(v) === undefined)).toEqual([]);
    expect([...verbs]).toEqual(expect.arrayContaining(['form', 'newInitiative', 'report', 'edit', 'details']));
    const navs = new Set(all.flatMap((c) => submitData(c).filter((d) => d.verb === 'form').map((d) => d.nav)));
    expect([...navs].sort()).toEqual([...FORM_NAVS].sort());
  });

  it('every initiative template has a sample', () => {
    for (const name of INITIATIVE_TEMPLATES) expect(CARD_SAMPLES[name]).toBeDefined();
  });
});
