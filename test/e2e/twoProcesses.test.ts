// Two bot processes on one Cosmos emulator database (the benchmark's scenario, run as a test):
// «Støtt» presses alternate between the processes, the count is exact and the channel card ends
// at the stored count although each process updates it on its own and the connector lets
// updates overtake each other; both processes' reminder jobs start at the same moment and each
// leader gets one message.
import { runTwoInstances } from '../../bench/suite/twoInstances';

describe('two server processes, one Cosmos store', () => {
  it('counts fifty supports exactly, ends the card at the stored count, and sends each reminder once', async () => {
    const r = await runTwoInstances({ supporters: 50, leaders: 60 });
    expect(r.bursts.map((b) => [b.ok, b.stored, b.cardShows])).toEqual([
      [50, 50, 50],
      [25, 25, 25],
    ]);
    // One job ran, the other found the lease held; every leader got exactly one message.
    expect(r.reminders.byInstance.filter((i) => i.skipped === 'lease_held')).toHaveLength(1);
    expect(r.reminders.duplicates).toBe(0);
    expect(r.reminders.lost).toBe(0);
    expect(r.reminders.messages).toBe(60);
  }, 120_000);
});
