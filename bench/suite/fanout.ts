// Reminder fan-out: N recipients through a connector that allows `rate` requests/s (429 with
// Retry-After beyond), the sender configured to the same rate. Time against the bound N/rate.
// The connector answers after `latencyMs`, as Teams does not answer instantly: with a fixed
// number of sends in flight that caps throughput at concurrency / latency.
import { startChild } from '../support/child';
import { startLoopbackConnector } from '../support/loopbackConnector';

export interface FanoutResult {
  recipients: number;
  ratePerSecond: number;
  /** How long the connector takes to answer each call (Teams takes 100-300 ms). */
  latencyMs: number;
  /** The connector's token bucket size (requests allowed at once). */
  burst: number;
  seconds: number;
  /** The time limit stopped the run before every recipient had a message. */
  aborted: boolean;
  delivered: number;
  /** N / achieved rate: the time the whole fan-out takes at the rate measured. */
  projectedSeconds: number;
  boundSeconds: number;
  ratioToBound: number;
  achievedPerSecond: number;
  throttled429: number;
  connectorRequests: number;
  duplicates: number;
  /** Recipients without a message after a complete run (undefined when the run was stopped). */
  lost: number | undefined;
  peakRssMiB: number;
  results: Record<string, number>;
  sender: unknown;
}

export async function runFanout(recipients: number, ratePerSecond: number, limitSeconds = 0, latencyMs = 150, burst = ratePerSecond): Promise<FanoutResult> {
  const connector = await startLoopbackConnector({ ratePerSecond, latencyMs, burst });
  const worker = await startChild('servers/fanoutWorker.ts', { recipients, ratePerSecond, connectorUrl: connector.url });
  try {
    connector.reset();
    const run = await worker.ask<{ seconds: number; aborted: boolean; results: Record<string, number>; peakRssBytes: number; recipients: string[] }>('run', { limitSeconds });
    let duplicates = 0;
    let lost = 0;
    for (const conversationId of run.recipients) {
      const posts = connector.postsByConversation.get(conversationId) ?? 0;
      if (posts === 0) lost++;
      if (posts > 1) duplicates += posts - 1;
    }
    const stats = connector.stats();
    const delivered = run.recipients.length - lost;
    const achieved = delivered / run.seconds;
    return {
      recipients,
      ratePerSecond,
      latencyMs,
      burst,
      seconds: run.seconds,
      aborted: run.aborted,
      delivered,
      projectedSeconds: recipients / achieved,
      boundSeconds: recipients / ratePerSecond,
      ratioToBound: recipients / achieved / (recipients / ratePerSecond),
      achievedPerSecond: achieved,
      throttled429: stats.throttled,
      connectorRequests: stats.requests,
      duplicates,
      lost: run.aborted ? undefined : lost,
      peakRssMiB: run.peakRssBytes / 2 ** 20,
      results: run.results,
      sender: worker.ready.sender,
    };
  } finally {
    await worker.stop();
    await connector.stop();
  }
}
