// The weekly digests show the overview's numbers (Norwegian format) and open `oversikt`.
import { messageCard } from '../../src/teams/proactive/reminderCards';
import { routeForVerb } from '../../src/teams/routes';
import { actionsIn, textOf } from '../support/cards';

const numbers = { registered: 1512, expected: 2000, initiatives: 1800, onTime: 1200, late: 310, inUse: 40, ideasSubmitted: 2000, ideasAnswered: 1250 };
const now = new Date('2026-11-30T09:30:00Z');

describe('digest cards', () => {
  it.each([
    ['sector', { kind: 'sector_digest' as const, sector: 'Helse og sosial', leaders: [], numbers }],
    ['owner', { kind: 'owner_digest' as const, stats: { expected: 2000, reachable: 1900, registered: 1512, laggards: 400, escalated: 3, unreachable: [] }, bySector: [], numbers }],
  ])('%s digest: the headline, the numbers and a button that opens oversikt', (_, content) => {
    const card = messageCard('nb', content, 'key', now).content;
    const text = textOf(card);
    expect(text).toContain('1\u00a0512 av 2\u00a0000 ledere har registrert tiltak');
    expect(text).toContain('Forsinket rapport\n310');
    const open = actionsIn(card).find((a) => a.data?.verb === 'overviewOpen');
    expect(open?.title).toBe('Oversikt');
    expect(routeForVerb(open.data.verb)?.handler.name).toBe('sendOverview');
  });

  it('a digest without numbers still opens oversikt, with no empty headline', () => {
    const card = messageCard('nb', { kind: 'sector_digest', sector: 'Helse og sosial', leaders: [] }, 'key', now).content;
    expect(textOf(card)).not.toContain('ledere har registrert tiltak');
    expect(actionsIn(card).map((a) => a.data?.verb)).toContain('overviewOpen');
  });
});
