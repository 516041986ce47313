// «mine data»: what the bot holds about the speaker, as a readable card and as a JSON file
// through file consent (the same FileConsentFlow as the Excel export answers the invoke).
// Only the speaker's own data: the e-mail is the roster's or the one Teams gave, never typed.
import type { TurnContext } from 'botbuilder';
import { collectPersonalData, type PersonalData } from '../../privacy/collectPersonalData';
import { t, type Locale, type StringKey } from '../../i18n';
import { literalText } from '../cards/literalText';
import { cardAttachment, type CardJson } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { speakerEmail } from '../programme/programmePeople';

export async function sendMyData(context: TurnContext, deps: Pick<TeamsDeps, 'store' | 'files' | 'now'>): Promise<void> {
  const { locale, aadObjectId } = turnInfo(context);
  const email = speakerEmail(context);
  if (!email || !aadObjectId) return void (await context.sendActivity(t(locale, 'programme.myData.noEmail')));
  const data = await collectPersonalData(deps.store, { email, aadObjectId }, deps.now());
  await context.sendActivity({ attachments: [cardAttachment(myDataCard(locale, data))] });
  const bytes = Buffer.from(JSON.stringify(data, null, 2), 'utf8');
  await deps.files.offer(context, { name: `mine-data-${data.collectedAt.slice(0, 10)}.json`, description: t(locale, 'programme.myData.fileDescription'), bytes }, locale);
}

export function myDataCard(locale: Locale, data: PersonalData): CardJson {
  const sections: Array<[string, number]> = [
    ['profile', data.profiles.length],
    ['roster', data.roster ? 1 : 0],
    ['initiatives', data.initiatives.length],
    ['reports', data.reports.length],
    ['ideas', data.ideasSubmitted.length],
    ['supports', data.supports.length],
    ['reminders', data.reminderHistory.length],
    ['conversations', data.conversations.length],
    ['applications', data.applications.length],
  ];
  const line = (key: string, count: number) => t(locale, 'programme.myData.section', { label: t(locale, `programme.myData.${key}` as StringKey), count });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: t(locale, 'programme.myData.title'), size: 'Large', weight: 'Bolder', wrap: true },
      literalText(t(locale, 'programme.myData.intro', { email: data.person.email }), { isSubtle: true }),
      { type: 'FactSet', facts: sections.map(([key, count]) => ({ title: t(locale, `programme.myData.${key}` as StringKey), value: String(count) })) },
      // Titles are the user's own text: literal, never markdown.
      ...data.initiatives.map((i) => literalText(`• ${i.title}`)),
      ...data.ideasSubmitted.map((i) => literalText(`• ${i.title}`)),
    ],
    // Screen readers and clients without FactSet get the same as text.
    fallbackText: sections.map(([k, c]) => line(k, c)).join('\n'),
  };
}
