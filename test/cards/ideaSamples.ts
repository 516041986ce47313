// Sample data for the idea cards (cards/idea*.json), with hostile user text everywhere users type.
import type { Idea } from '../../src/domain/idea/idea';
import { ideaCardData, ideaFormData, ideaListData, ideaNoticeData } from '../../src/teams/ideas/ideaCards';
import type { CardSample } from './samples';
import { HOSTILE } from './hostile';

const H = (s: string) => `${s} ${HOSTILE}`;

export const IDEA_USER = {
  title: H('Oppskrift på kjøleskapet'),
  need: H('Vi kaster mat'),
  proposal: H('Heng opp oppskrifter'),
  seenElsewhere: H('Hos naboenheten'),
  name: H('Kari Nordmann'),
  unit: H('Bekkestua bo- og servicesenter'),
  reason: H('Tas opp igjen i høst'),
  initiative: H('Mindre matsvinn'),
  onBehalf: H('Ola'),
};

export const sampleIdea: Idea = {
  id: 'idea-0123456789abcdef',
  title: IDEA_USER.title,
  need: IDEA_USER.need,
  proposal: IDEA_USER.proposal,
  beneficiaries: ['users', 'employees'],
  benefitTypes: ['quality', 'work_env'],
  seenElsewhere: IDEA_USER.seenElsewhere,
  anonymous: false,
  submitterName: IDEA_USER.name,
  submitterId: '00000000-0000-0000-0000-000000000001',
  unit: IDEA_USER.unit,
  supporters: [{ aadObjectId: 'a', userId: '29:a' }],
  status: 'parked',
  statusReason: IDEA_USER.reason,
  history: [],
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

export const IDEA_CARD_SAMPLES: Record<string, CardSample> = {
  ideaForm: {
    data: ideaFormData('nb', {
      token: 'tok-12345678',
      mode: 'execute',
      allowAnonymous: true,
      onBehalf: true,
      values: { title: IDEA_USER.title, proposal: IDEA_USER.proposal, onBehalfOf: IDEA_USER.onBehalf, beneficiaries: 'users' },
      errors: { need: { code: 'required' } },
    }),
    userText: [IDEA_USER.title, IDEA_USER.proposal, IDEA_USER.onBehalf],
  },
  ideaCard: {
    data: ideaCardData(
      'nb',
      sampleIdea,
      { isLeader: true, aadObjectId: 'a', inList: true, initiatives: [{ id: 'i1', title: IDEA_USER.initiative }], initiativeTitle: IDEA_USER.initiative, message: { text: `Ideen er koblet til tiltaket «${IDEA_USER.initiative}».`, kind: 'good' } },
      ['29:leader'],
    ),
    userText: [IDEA_USER.title, IDEA_USER.need, IDEA_USER.proposal, IDEA_USER.seenElsewhere, IDEA_USER.name, IDEA_USER.unit, IDEA_USER.reason, IDEA_USER.initiative],
  },
  ideaList: {
    data: ideaListData('nb', [sampleIdea, { ...sampleIdea, id: 'idea-2', status: 'new' }]),
    userText: [IDEA_USER.title, IDEA_USER.unit],
  },
  ideaNotice: {
    data: ideaNoticeData('nb', sampleIdea, IDEA_USER.initiative),
    userText: [IDEA_USER.title, IDEA_USER.reason, IDEA_USER.initiative],
  },
  ideaStartInitiative: {
    data: { ideaId: sampleIdea.id, title: IDEA_USER.title },
    userText: [IDEA_USER.title],
  },
  ideaLinkPrompt: { data: {}, userText: [] },
  ideaSubmitted: { data: { message: 'Takk!', title: IDEA_USER.title }, userText: [IDEA_USER.title] },
};
