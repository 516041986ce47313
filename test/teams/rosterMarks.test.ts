// The roster middleware's in-memory «not on the roster» marks are bounded: a stream of people the
// bot has never seen cannot grow them without end.
import { rememberBounded } from '../../src/teams/proactive/rosterMiddleware';

describe('the bounded «not on the roster» marks', () => {
  it('never hold more than the limit, dropping expired marks first, then the oldest', () => {
    const marks = new Map<string, { until: number }>();
    for (let i = 0; i < 1000; i++) rememberBounded(marks, `person-${i}`, { until: 2000 }, 100, 1000);
    expect(marks.size).toBe(100);
    expect(marks.has('person-999')).toBe(true);
    expect(marks.has('person-899')).toBe(false);

    rememberBounded(marks, 'expired', { until: 500 }, 100, 1000);
    expect(marks.size).toBe(100);
    rememberBounded(marks, 'fresh', { until: 5000 }, 100, 1000);
    expect(marks.has('expired')).toBe(false); // the expired one went first
    expect(marks.has('person-999')).toBe(true);
  });

  it('renews a mark in place', () => {
    const marks = new Map<string, { until: number }>();
    rememberBounded(marks, 'a', { until: 1 }, 2, 0);
    rememberBounded(marks, 'a', { until: 2 }, 2, 0);
    expect([...marks.entries()]).toEqual([['a', { until: 2 }]]);
  });
});
