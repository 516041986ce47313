// Samples for the reminder cards (nudge, digests, roster status): imported by samples.ts.
import type { Finding } from '../../src/domain/reminders/rules';
import { nudgeCardData, ownerDigestData, rosterStatusData, sectorDigestData } from '../../src/teams/proactive/reminderCards';
import { HOSTILE } from './hostile';

const HOSTILE_TITLE = `${HOSTILE} tiltak`;
const HOSTILE_NAME = `${HOSTILE} Kari`;
const HOSTILE_UNIT = `${HOSTILE} enhet`;
const HOSTILE_SECTOR = `Miljø, idrett og ${HOSTILE}`;

const findings: Finding[] = [
  { rule: 'registration_overdue', deadline: '2026-10-30', workingDaysLate: 20, missed: 1 },
  { rule: 'report_overdue', initiativeId: 'ini-1', title: HOSTILE_TITLE, due: 'report', dueDate: '2026-11-02', workingDaysLate: 19, missed: 1 },
  { rule: 'stalled', initiativeId: 'ini-1', title: HOSTILE_TITLE, progress: 'blocked', since: '2026-10-01', workingDays: 40, missed: 0 },
  { rule: 'ideas_unanswered', count: 3, oldest: '2026-11-01', workingDays: 19, missed: 0 },
];
const NOW = new Date('2026-11-30T09:30:00Z');
const NUMBERS = { registered: 1512, expected: 2000, initiatives: 1800, onTime: 1200, late: 310, inUse: 40, ideasSubmitted: 2000, ideasAnswered: 1250 };

export const REMINDER_CARD_SAMPLES = {
  nudge: { data: nudgeCardData('nb', findings, 'nudge:kari@kommune.no:2026-W49', NOW), userText: [HOSTILE_TITLE] },
  digestSector: {
    data: sectorDigestData('nb', HOSTILE_SECTOR, [{ name: HOSTILE_NAME, unit: HOSTILE_UNIT, sector: HOSTILE_SECTOR, missedDeadlines: 2, findings }], NUMBERS),
    userText: [HOSTILE_NAME, HOSTILE_UNIT, HOSTILE_SECTOR],
  },
  digestOwner: {
    data: ownerDigestData(
      'nb',
      { expected: 200, reachable: 180, registered: 150, laggards: 40, escalated: 5, unreachable: [{ name: HOSTILE_NAME, unit: HOSTILE_UNIT }] },
      [{ sector: HOSTILE_SECTOR, expected: 30, laggards: 4, escalated: 1 }],
      NUMBERS,
    ),
    userText: [HOSTILE_NAME, HOSTILE_UNIT, HOSTILE_SECTOR],
  },
  rosterStatus: {
    data: rosterStatusData('nb', { expected: 200, reachable: 180, registered: 150, unmatched: 12, refused: [{ name: HOSTILE_NAME, unit: HOSTILE_UNIT }], sentThisWeek: 35, failedThisWeek: 1 }),
    userText: [HOSTILE_NAME, HOSTILE_UNIT],
  },
};
