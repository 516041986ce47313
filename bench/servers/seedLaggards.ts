// Seeds N roster leaders who all lag (no initiative after the registration deadline of CYCLE),
// each with a saved personal chat at `connectorUrl`: every one is due a nudge on MONDAY_0930_OSLO.
// Used by the fan-out and by the two-instance scenario.
import type { DocumentStore } from '../../src/storage/documentStore';

export const MONDAY_0930_OSLO = Date.parse('2026-11-30T09:30:00+01:00');
export const CYCLE = { id: '2026-2027', name: 'Innovasjonsprogrammet 2026/2027', start: '2026-08-17', registrationDeadline: '2026-11-13', reportCadence: { everyWeeks: 4 }, end: '2099-06-19' };
const TENANT_ID = '11111111-2222-3333-4444-555555555555';

/** Shifts `Date` (new Date(), Date.now()) so that now is `at`; time still runs. Call before loading the app. */
export function shiftClock(at = MONDAY_0930_OSLO): void {
  const RealDate = Date;
  const offset = at - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}

/** Seeds the leaders; returns their personal conversation ids. */
export async function seedLaggards(store: DocumentStore, count: number, connectorUrl: string): Promise<string[]> {
  const stamp = '2026-09-01T08:00:00.000Z';
  const roster = store.collection<any>('roster');
  const conversations = store.collection<any>('conversations');
  const recipients: string[] = [];
  for (let n = 0; n < count; n += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, count - n) }, async (_, k) => {
        const i = n + k;
        const aad = `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        const conversationId = `a:personal-${aad}`;
        recipients.push(conversationId);
        const email = `leder${i}@kommune.no`;
        await roster.upsert({ id: email, name: `Leder ${i}`, email, aadObjectId: aad, unit: `Enhet ${i % 400}`, sector: 'Pleie og omsorg', importedAt: stamp, updatedAt: stamp });
        await conversations.upsert({
          id: `user:${aad}`,
          scope: 'personal',
          conversationId,
          tenantId: TENANT_ID,
          aadObjectId: aad,
          reference: {
            channelId: 'msteams',
            serviceUrl: connectorUrl,
            conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
            bot: { id: '28:innovasjonsbot', name: 'Innovasjonsbot' },
            user: { id: `29:leder-${i}`, name: `Leder ${i}`, aadObjectId: aad },
          },
          installed: true,
          installedAt: stamp,
          updatedAt: stamp,
        });
      }),
    );
  }
  return recipients;
}

/** Puts one leader of `unit` on the roster (so they may link a team), with an initiative-free record. */
export async function seedRosterLeader(store: DocumentStore, user: { aadObjectId: string; name: string }, unit: string): Promise<void> {
  const stamp = '2026-09-01T08:00:00.000Z';
  const email = `${user.aadObjectId}@kommune.no`;
  await store.collection<any>('roster').upsert({ id: email, name: user.name, email, aadObjectId: user.aadObjectId, unit, sector: 'Pleie og omsorg', importedAt: stamp, updatedAt: stamp });
}
