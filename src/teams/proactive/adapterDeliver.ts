// How the throttled sender reaches Teams: through the adapter, one call per delivery.
import { TurnContext, type CloudAdapter } from 'botbuilder';
import type { Deliver, Delivered } from './throttledSender';

export function adapterDeliver(adapter: CloudAdapter, appId: string): Deliver {
  return async (target, delivery) => {
    // Errors inside the callback would go to adapter.onTurnError and be swallowed: capture them.
    let failure: unknown;
    let delivered: Delivered = {};
    const logic = async (context: TurnContext) => {
      try {
        withoutSdkRetries(context, adapter);
        if (delivery.kind === 'update') {
          await context.updateActivity({ type: 'message', ...delivery.activity, id: delivery.activityId });
          return;
        }
        const res = await context.sendActivity(delivery.activity);
        delivered = { activityId: res?.id };
        if (delivery.kind === 'createConversation') {
          const reference = TurnContext.getConversationReference(context.activity);
          delete reference.activityId;
          delivered.reference = reference;
        }
      } catch (err) {
        failure = err;
      }
    };
    if (delivery.kind === 'createConversation') {
      const serviceUrl = target.reference.serviceUrl ?? '';
      await adapter.createConversationAsync(appId, target.reference.channelId ?? 'msteams', serviceUrl, undefined as unknown as string, delivery.parameters, logic);
    } else {
      await adapter.continueConversationAsync(appId, target.reference, logic);
    }
    if (failure) throw failure;
    return delivered;
  };
}

/**
 * The connector client's HTTP pipeline retries 429 (after Retry-After) and 5xx on its own,
 * outside the sender's pacing: the sender would never see a 429, never slow down, and each
 * retry would hold a send slot. Every attempt goes through the sender instead, so the client's
 * retry phase is removed (the client is made for this one call).
 */
function withoutSdkRetries(context: TurnContext, adapter: CloudAdapter): void {
  const connector = context.turnState.get(adapter.ConnectorClientKey) as { client?: { pipeline?: { removePolicy(o: { phase: 'Retry' }): unknown } } } | undefined;
  connector?.client?.pipeline?.removePolicy({ phase: 'Retry' });
}
