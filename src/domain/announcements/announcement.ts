// An announcement (kunngjøring) from the programme team to many leaders at once: a title, a
// text and an optional link button. Checked on the server whatever the card sent.
export const ANNOUNCEMENT_LIMITS = { title: 100, text: 2000, linkLabel: 40, url: 2000 } as const;

export type Audience = { kind: 'all_leaders' } | { kind: 'sector'; sector: string } | { kind: 'app_users' };

export interface AnnouncementContent {
  title: string;
  text: string;
  link?: { url: string; label?: string };
}

export interface Announcement extends AnnouncementContent {
  id: string;
  audience: Audience;
  createdBy: { aadObjectId: string; name: string };
  createdAt: string;
}

export type AnnouncementFieldError = 'required' | 'too_long' | 'not_https' | 'unknown_sector' | 'unknown_audience';

/** Field → error; empty when the announcement may be sent. */
export function validateAnnouncement(
  raw: { title?: unknown; text?: unknown; linkUrl?: unknown; linkLabel?: unknown; audience?: unknown; sector?: unknown },
  sectors: readonly string[],
): { ok: true; content: AnnouncementContent; audience: Audience } | { ok: false; errors: Record<string, AnnouncementFieldError> } {
  const errors: Record<string, AnnouncementFieldError> = {};
  const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
  const title = text(raw.title);
  const body = text(raw.text);
  const url = text(raw.linkUrl);
  const label = text(raw.linkLabel);
  if (!title) errors.title = 'required';
  else if (title.length > ANNOUNCEMENT_LIMITS.title) errors.title = 'too_long';
  if (!body) errors.text = 'required';
  else if (body.length > ANNOUNCEMENT_LIMITS.text) errors.text = 'too_long';
  if (url && !isHttpsUrl(url)) errors.linkUrl = 'not_https';
  if (label.length > ANNOUNCEMENT_LIMITS.linkLabel) errors.linkLabel = 'too_long';
  let audience: Audience | undefined;
  if (raw.audience === 'all_leaders' || raw.audience === 'app_users') audience = { kind: raw.audience };
  else if (raw.audience === 'sector') {
    const sector = text(raw.sector);
    if (sectors.includes(sector)) audience = { kind: 'sector', sector };
    else errors.sector = 'unknown_sector';
  } else errors.audience = 'unknown_audience';
  if (Object.keys(errors).length || !audience) return { ok: false, errors };
  const content: AnnouncementContent = { title, text: body, ...(url ? { link: { url, ...(label ? { label } : {}) } } : {}) };
  return { ok: true, content, audience };
}

/** Only absolute https URLs with a host: a link button must not carry javascript:, data: or http:. */
export function isHttpsUrl(value: string): boolean {
  if (value.length > ANNOUNCEMENT_LIMITS.url) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname.length > 0 && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * The outbox key of one announcement to one recipient: the same on every run, so a resumed
 * or repeated fan-out finds the record of a message already sent and sends no second copy.
 */
export function deliveryKey(announcementId: string, recipientKey: string): string {
  return `announcement:${announcementId}:${recipientKey.toLowerCase()}`;
}

/** The outbox `period` that groups one announcement's records (one query for the report). */
export function deliveryPeriod(announcementId: string): string {
  return `announcement:${announcementId}`;
}
