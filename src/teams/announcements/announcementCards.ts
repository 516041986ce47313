// Announcement cards: the form the admin writes in, the card recipients get (the preview is
// this same card), and the sender's delivery report.
import type { AnnouncementContent, AnnouncementFieldError, Audience } from '../../domain/announcements/announcement';
import type { DeliveryReport } from '../../domain/announcements/deliveryReport';
import { t, type Locale, type StringKey } from '../../i18n';
import { literalText } from '../cards/literalText';
import type { CardJson } from '../cards/template';

const card = (body: unknown[], actions: unknown[] = []): CardJson => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...(actions.length ? { actions } : {}),
});
const text = (value: string, more: Record<string, unknown> = {}) => ({ type: 'TextBlock', text: value, wrap: true, ...more });

export interface AnnouncementDraft {
  title?: string;
  text?: string;
  linkUrl?: string;
  linkLabel?: string;
  audience?: string;
  sector?: string;
}

export function announcementFormCard(locale: Locale, sectors: readonly string[], token: string, draft: AnnouncementDraft = {}, errors: Record<string, AnnouncementFieldError> = {}): CardJson {
  const error = (field: string) => (errors[field] ? [text(t(locale, `announcement.error.${errors[field]}` as StringKey), { color: 'Attention', size: 'Small' })] : []);
  return card(
    [
      text(t(locale, 'programme.announce.title'), { size: 'Large', weight: 'Bolder' }),
      { type: 'Input.Text', id: 'title', label: t(locale, 'programme.announce.fieldTitle'), maxLength: 100, value: draft.title ?? '' },
      ...error('title'),
      { type: 'Input.Text', id: 'text', label: t(locale, 'programme.announce.fieldText'), isMultiline: true, maxLength: 2000, value: draft.text ?? '' },
      ...error('text'),
      { type: 'Input.Text', id: 'linkUrl', label: t(locale, 'programme.announce.fieldLink'), style: 'Url', value: draft.linkUrl ?? '' },
      ...error('linkUrl'),
      { type: 'Input.Text', id: 'linkLabel', label: t(locale, 'programme.announce.fieldLinkLabel'), maxLength: 40, value: draft.linkLabel ?? '' },
      ...error('linkLabel'),
      {
        type: 'Input.ChoiceSet',
        id: 'audience',
        label: t(locale, 'programme.announce.fieldAudience'),
        value: draft.audience ?? 'all_leaders',
        choices: (['all_leaders', 'sector', 'app_users'] as const).map((a) => ({ title: t(locale, `programme.announce.audience.${a}`), value: a })),
      },
      ...error('audience'),
      { type: 'Input.ChoiceSet', id: 'sector', label: t(locale, 'programme.announce.fieldSector'), value: draft.sector ?? '', choices: sectors.map((s) => ({ title: s, value: s })) },
      ...error('sector'),
    ],
    [{ type: 'Action.Submit', title: t(locale, 'programme.announce.preview'), data: { verb: 'announcementPreview', token } }],
  );
}

/** What every recipient gets; also the preview. */
export function announcementCard(content: AnnouncementContent, locale: Locale): CardJson {
  const link = content.link ? [{ type: 'Action.OpenUrl', title: content.link.label ?? t(locale, 'programme.announce.readMore'), url: content.link.url }] : [];
  return card([text(content.title, { size: 'Large', weight: 'Bolder' }), text(content.text)], link);
}

export function audienceText(locale: Locale, audience: Audience): string {
  return audience.kind === 'sector' ? t(locale, 'programme.announce.toSector', { sector: audience.sector }) : t(locale, `programme.announce.audience.${audience.kind}`);
}

export function confirmSendCard(locale: Locale, audience: Audience, count: number, data: Record<string, unknown>): CardJson {
  return card(
    [text(t(locale, 'programme.announce.confirm', { audience: audienceText(locale, audience), count }), { weight: 'Bolder' })],
    [
      { type: 'Action.Submit', title: t(locale, 'programme.announce.send'), style: 'positive', data: { ...data, verb: 'announcementSend' } },
      { type: 'Action.Submit', title: t(locale, 'programme.announce.edit'), data: { ...data, verb: 'announcementEdit' } },
    ],
  );
}

export function deliveryReportCard(locale: Locale, title: string, report: DeliveryReport): CardJson {
  const body: unknown[] = [
    text(t(locale, 'programme.announce.reportTitle', { title }), { size: 'Medium', weight: 'Bolder' }),
    text(t(locale, report.finished ? 'programme.announce.finished' : 'programme.announce.sending')),
    {
      type: 'FactSet',
      facts: [
        { title: t(locale, 'programme.announce.sent'), value: `${report.sent} / ${report.total}` },
        { title: t(locale, 'programme.announce.unreachable'), value: String(report.unreachable.length) },
        { title: t(locale, 'programme.announce.failed'), value: String(report.failed.length) },
        { title: t(locale, 'programme.announce.pending'), value: String(report.pending) },
      ],
    },
  ];
  // Names from the roster: literal, never markdown.
  if (report.unreachable.length) body.push(literalText(t(locale, 'programme.announce.unreachableNames', { names: report.unreachable.map((u) => u.name).join(', ') }), { isSubtle: true }));
  if (report.failed.length) body.push(literalText(t(locale, 'programme.announce.failedNames', { names: report.failed.map((u) => u.name).join(', ') }), { isSubtle: true }));
  return card(body);
}
