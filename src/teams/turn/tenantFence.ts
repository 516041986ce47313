// The tenant fence: only activities from the municipality's own Entra tenant(s) reach the bot's
// logic, so nothing from another organisation is stored or answered.
import type { Activity } from 'botbuilder';

/** The tenant an activity comes from: Teams sets channelData.tenant.id; conversation.tenantId as fallback. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  if (typeof fromChannelData === 'string' && fromChannelData) return fromChannelData;
  const fromConversation = activity.conversation?.tenantId;
  return typeof fromConversation === 'string' && fromConversation ? fromConversation : undefined;
}

/** An empty list means no fence (local runs only: production requires a list). */
export function isAllowedTenant(activity: Partial<Activity>, allowedTenantIds: readonly string[]): boolean {
  if (allowedTenantIds.length === 0) return true;
  const tenant = tenantOf(activity);
  // Both fields must agree when both are present: a mismatch is a forged or confused activity.
  const conversationTenant = activity.conversation?.tenantId;
  if (tenant && conversationTenant && conversationTenant !== tenant) return false;
  return tenant !== undefined && allowedTenantIds.includes(tenant);
}
