// A reminder run's nudges differ only in the outbox key on their buttons: the card is expanded
// once per shape and the key filled in, and it is exactly the card a full expansion gives.
import type { Finding } from '../../src/domain/reminders/rules';
import * as template from '../../src/teams/cards/template';
import { nudgeCard, nudgeCardData } from '../../src/teams/proactive/reminderCards';

const NOW = new Date('2026-11-30T09:30:00+01:00');
const overdue: Finding[] = [{ rule: 'registration_overdue', deadline: '2026-11-13', workingDaysLate: 11, missed: 1 }];
const reports: Finding[] = [
  { rule: 'report_overdue', initiativeId: 'ini-1', title: 'Matsvinn', due: 'report', dueDate: '2026-11-02', workingDaysLate: 20, missed: 1 } as Finding,
  { rule: 'report_overdue', initiativeId: 'ini-2', title: 'Velferdsteknologi', due: 'report', dueDate: '2026-11-09', workingDaysLate: 15, missed: 1 } as Finding,
];

describe('the nudge card', () => {
  it('is the full expansion, with each leader’s own key', () => {
    for (const locale of ['nb', 'en'] as const)
      for (const findings of [overdue, reports, [reports[0]!]])
        for (const key of ['nudge:leder1@kommune.no:2026-W49', 'nudge:leder2@kommune.no:2026-W49']) {
          expect(nudgeCard(locale, findings, key, NOW)).toEqual(template.expandCard('nudge', locale, nudgeCardData(locale, findings, key, NOW)));
        }
  });

  it('is expanded once for many leaders behind on the same deadline', () => {
    const expand = jest.spyOn(template, 'expandCard');
    const cards = Array.from({ length: 20 }, (_, i) => nudgeCard('nb', [{ ...overdue[0]!, deadline: '2026-11-20', workingDaysLate: 6 } as Finding], `nudge:leder${i}@kommune.no:2026-W49`, NOW));
    expect(expand).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(cards[19])).toContain('nudge:leder19@kommune.no:2026-W49');
    expect(JSON.stringify(cards[19])).not.toContain('leder18@');
    expand.mockRestore();
  });
});
