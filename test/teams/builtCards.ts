// What the card builders produce (not only the raw templates): each builder with sample data.
import { LOCALES } from '../../src/i18n';
import { PROPOSAL_STEPS } from '../../src/domain/initiative/formTypes';
import {
  detailsNudgeCard,
  helpRequestCard,
  initiativeDetailCard,
  initiativeListCard,
  pickInitiativeCard,
  profileCard,
  proposeStepCard,
  proposeSummaryCard,
  reportFormCard,
  closingReportCard,
} from '../../src/teams/cards/initiativeCards';
import { ideaCard, ideaFormCard, ideaLinkPromptCard, ideaListCard, ideaNoticeCard, ideaStartInitiativeCard } from '../../src/teams/ideas/ideaCards';
import { channelHelpCard, welcomeCard } from '../../src/teams/help/welcome';
import { sampleIdea } from '../cards/ideaSamples';
import { otherInitiative, sampleInitiative, sampleListItems, sampleMeta, sampleProposal, sampleReports, SECTORS } from '../cards/samples';
import { actionsIn } from '../support/cards';
import { workingTimePolicy } from '../../src/domain/calendar/policy';
import { overviewFor } from '../../src/domain/overview/scope';
import { expandCard } from '../../src/teams/cards/template';
import { programmeCardData } from '../../src/teams/overview/overviewCardData';
import { seededProgramme } from '../../fixtures/overviewProgramme';

/** A kommunalsjef's overview with more units than one card page holds (the «Neste side» button). */
const manyUnits = (() => {
  const p = seededProgramme({ leaders: 30, sectors: 1, initiatives: 10, reports: 10, ideas: 5 });
  const view = overviewFor({ role: 'sector_head', sectors: [p.roster[0]!.sector] }, p, { now: p.now, policy: workingTimePolicy(), cycle: p.cycle });
  if (view.role !== 'sector_head') throw new Error('unexpected view');
  return view;
})();
import { programmeCardSamples } from '../cards/programmeSamples';

function verbsOf(card: unknown): string[] {
  return actionsIn(card).flatMap((a) => (a.type === 'Action.Execute' ? [a.verb] : a.type === 'Action.Submit' ? [a.data?.verb] : []));
}

export function cardVerbsFromBuilders(): string[] {
  const cards: unknown[] = [];
  for (const locale of LOCALES) {
    PROPOSAL_STEPS.forEach((step, i) => cards.push(proposeStepCard(locale, sampleMeta('propose', step, i), step, {}, {}).content));
    cards.push(
      proposeSummaryCard(locale, sampleMeta('propose', 'summary', 2), sampleProposal, { name: 'A', unit: 'B', sector: 'C' }).content,
      pickInitiativeCard(locale, sampleMeta('report', 'pick', 0, 2), [sampleInitiative, otherInitiative]).content,
      reportFormCard(locale, sampleMeta('report', 'report', 1, 2), sampleInitiative, {}, {}).content,
      closingReportCard(locale, sampleMeta('report', 'closing', 2, 3), sampleInitiative, { status: 'done_in_use' }, {}).content,
      proposeStepCard(locale, sampleMeta('edit', 'who', 1, 2), 'who', {}, {}, { coOwnerChoices: [] }).content,
      detailsNudgeCard(locale, sampleInitiative).content,
      profileCard(locale, sampleMeta('profile', 'profile', 0, 1), {}, {}).content,
    );
    cards.push(
      welcomeCard(locale).content,
      channelHelpCard(locale).content,
      initiativeListCard(locale, sampleListItems).content,
      initiativeListCard(locale, []).content,
      initiativeListCard(locale, [], undefined, { token: '00000000-0000-4000-8000-000000000000', form: 'propose', stepIndex: 1, stepCount: 3, registering: true }).content,
      initiativeDetailCard(locale, sampleInitiative, sampleReports).content,
      helpRequestCard(locale, sampleInitiative, sampleReports[0]!).content,
      ideaCard(locale, sampleIdea, {}, []),
      ideaCard(locale, sampleIdea, { aadObjectId: 'aad-l', isLeader: true, initiatives: [{ id: sampleInitiative.id, title: 't' }], inList: true }, ['29:l']),
      ideaFormCard(locale, { token: '00000000-0000-4000-8000-000000000000', mode: 'execute', allowAnonymous: true }),
      ideaFormCard(locale, { token: '00000000-0000-4000-8000-000000000000', mode: 'task', allowAnonymous: true }),
      ideaLinkPromptCard(locale).content,
      ideaListCard(locale, [sampleIdea]),
      ideaNoticeCard(locale, sampleIdea, '').content,
      ideaStartInitiativeCard(locale, sampleIdea).content,
      welcomeCard(locale, { admin: true, leads: [], headOf: [] }).content,
      welcomeCard(locale, { admin: false, leads: [{ unit: 'Enhet', sector: 'Sektor', rosterId: 'leder@kommune.test' }], headOf: [] }).content,
      initiativeListCard(locale, [], undefined, undefined, { canPropose: false, hasOverview: true }).content,
      expandCard('overviewProgramme', locale, programmeCardData(manyUnits, locale)),
    );
  }
  cards.push(...programmeCardSamples());
  return cards.flatMap(verbsOf).filter((v): v is string => typeof v === 'string');
}
