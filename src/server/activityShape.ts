// The shape every activity must have before the bot sees it. The SDK and the handlers read these
// fields as strings; a number or object in their place used to surface as a 500.
import { z } from 'zod';

const text = (max: number) => z.string().max(max);
const account = z.looseObject({
  id: text(512),
  name: text(512).optional(),
  aadObjectId: text(128).optional(),
});

export const activityShape = z.looseObject({
  type: text(64).min(1),
  id: text(512).optional(),
  channelId: text(64).min(1),
  serviceUrl: text(2048).min(1),
  timestamp: text(64).optional(),
  localTimestamp: text(64).optional(),
  locale: text(64).optional(),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id: text(1024).min(1),
    name: text(512).optional(),
    tenantId: text(128).optional(),
    conversationType: text(64).optional(),
    isGroup: z.boolean().optional(),
  }),
  text: text(100_000).optional(),
  textFormat: text(64).optional(),
  name: text(256).optional(),
  action: text(64).optional(),
  replyToId: text(512).optional(),
  membersAdded: z.array(account).max(1000).optional(),
  membersRemoved: z.array(account).max(1000).optional(),
  attachments: z.array(z.looseObject({ contentType: text(256) })).max(50).optional(),
  entities: z.array(z.looseObject({ type: text(256) })).max(100).optional(),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: text(128) }).optional(),
      team: z.looseObject({ id: text(1024) }).optional(),
      channel: z.looseObject({ id: text(1024) }).optional(),
      eventType: text(128).optional(),
    })
    .optional(),
});

export type ActivityShape = z.infer<typeof activityShape>;
