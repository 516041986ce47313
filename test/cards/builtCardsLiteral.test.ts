// Cards built in code (not templates) keep people's text literal: names, units and sectors from
// the roster, a leader's motivation, a kommunalsjef's reason and name, initiative and idea titles
// are shown only in TextRuns, never where Adaptive Cards render markdown (TextBlock text, FactSet).
import { LOCALES } from '../../src/i18n';
import type { Application, CohortEnrolment } from '../../src/domain/leadershipProgramme/application';
import type { PersonalData } from '../../src/privacy/collectPersonalData';
import { deliveryReportCard } from '../../src/teams/announcements/announcementCards';
import { approvalCard, participantsCard } from '../../src/teams/programme/programmeCards';
import { myDataCard } from '../../src/teams/privacy/myData';
import { HOSTILE } from './hostile';
import { markdownTexts, textRuns } from '../support/cards';
import { sampleApplication, sampleCohort, sampleEnrolment } from './programmeSamples';
import { sampleIdea } from './ideaSamples';
import { sampleInitiative } from './samples';

/** A markdown link, bold text and an image: each would render as something else in a TextBlock. */
const MARKDOWN = `${HOSTILE} **FALSK** ![x](https://evil.example/x.png)`;
const hostile = (label: string) => `${label} ${MARKDOWN}`;



function expectLiteral(card: unknown, userText: readonly string[]): void {
  const runs = textRuns(card).join('\n');
  const markdown = markdownTexts(card);
  for (const text of userText) {
    expect(runs).toContain(text);
    expect(markdown.filter((m) => m.includes(text) || m.includes('evil.example') || m.includes('**FALSK**'))).toEqual([]);
  }
}

const applicant = { ...sampleApplication.applicant, name: hostile('Kari'), unit: hostile('Solsiden'), sector: hostile('Helse') };
const applied: Application = { ...sampleApplication, applicant, motivation: hostile('Motivasjon') };
const declined: Application = { ...applied, status: 'declined', decision: { kind: 'decline', byEmail: 'head@kommune.no', at: '2026-12-02T10:00:00.000Z', reason: hostile('Begrunnelse') } };
const enrolment: CohortEnrolment = { ...sampleEnrolment, applications: [applied] };

describe.each(LOCALES)('cards built in code show people’s text literally (%s)', (locale) => {
  it('the approval card: applicant, unit, sector and motivation', () => {
    expectLiteral(approvalCard(locale, { application: applied, cohort: sampleCohort, deciderUserIds: ['29:head'], canDecide: true }), [applicant.name, applicant.unit, applicant.sector, applied.motivation]);
  });

  it('the approval card once declined: the reason and the decider’s name', () => {
    const decidedByName = hostile('Per');
    expectLiteral(approvalCard(locale, { application: declined, cohort: sampleCohort, deciderUserIds: ['29:head'], canDecide: false, decidedByName }), [declined.decision!.reason!, decidedByName]);
  });

  it('the participant list: names and units', () => {
    expectLiteral(participantsCard(locale, [{ cohort: sampleCohort, enrolment }]), [applicant.name, applicant.unit]);
  });

  it('«mine data»: initiative and idea titles', () => {
    const data = {
      collectedAt: '2026-12-02T10:00:00.000Z',
      person: { email: 'kari@kommune.no', aadObjectIds: ['aad-kari'] },
      profiles: [],
      initiatives: [{ ...sampleInitiative, title: hostile('Tiltak') }],
      reports: [],
      ideasSubmitted: [{ ...sampleIdea, title: hostile('Idé') }],
      supports: [],
      reminderHistory: [],
      conversations: [],
      botState: [],
      applications: [],
      announcementsWritten: [],
      otherMentions: [],
    } as PersonalData;
    expectLiteral(myDataCard(locale, data), [hostile('Tiltak'), hostile('Idé')]);
  });

  it('the announcement delivery report: names of leaders not reached', () => {
    const report = { total: 3, sent: 1, pending: 0, unreachable: [{ key: 'a', name: hostile('Ola'), reason: 'no_chat' as const }], failed: [{ key: 'b', name: hostile('Siri'), error: 'x' }], finished: true };
    expectLiteral(deliveryReportCard(locale, 'Takk', report as never), [hostile('Ola'), hostile('Siri')]);
  });
});
