// Text in personal chat that is no command: a greeting or thanks gets a short friendly answer
// with the main buttons (not «I did not understand» and the whole welcome card); text close to a
// command gets «Mente du …?» with a button; anything else goes to the running form or gets the
// friendly «I did not understand».
import type { TurnContext } from 'botbuilder';
import { distance } from 'fastest-levenshtein';
import { isLeader, type Roles } from '../../domain/access/roles';
import { t, type Locale } from '../../i18n';
import { cardAttachment, expandCard } from '../cards/template';
import { continueOrUnknown } from '../forms/continueDialog';
import { commandNames, inScope, normalizeText } from '../commandMatch';
import { commandRoutes, type CommandRoute } from '../routes';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { offeredTo } from './offeredTo';

const GREETINGS = ['hei', 'heisann', 'hallo', 'hallais', 'hei hei', 'god morgen', 'god dag', 'god ettermiddag', 'god kveld', 'morn', 'morna', 'hi', 'hello', 'hey', 'good morning'];
const THANKS = ['takk', 'tusen takk', 'takk skal du ha', 'mange takk', 'takker', 'thanks', 'thank you', 'ty'];

export type SmallTalk = 'greeting' | 'thanks';

/** Strips accents and punctuation other than spaces, so «Hei!» and «hei :)» count alike. */
function plain(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zæøå0-9 ]/g, '')
    .trim();
}

export function smallTalkOf(text: string | undefined): SmallTalk | undefined {
  if (!text) return undefined;
  const said = plain(text);
  if (GREETINGS.includes(said)) return 'greeting';
  if (THANKS.includes(said)) return 'thanks';
  return undefined;
}

/**
 * The command the text is a near miss of, if any: a small edit distance (one letter wrong in a
 * short word, two in a longer one) from one of its names. Too short texts never match, so that
 * «ok» or «ja» are not taken for commands.
 */
export function nearMissOf(text: string | undefined, roles: Roles): CommandRoute | undefined {
  if (!text) return undefined;
  const typed = plain(text);
  if (typed.length < 4) return undefined;
  const allowed = typed.length <= 6 ? 1 : 2;
  let best: { route: CommandRoute; d: number } | undefined;
  for (const route of commandRoutes()) {
    if (!inScope(route, 'personal') || !offeredTo(route, roles)) continue;
    for (const name of commandNames(route)) {
      const d = distance(typed, plain(name));
      if (d <= allowed && (!best || d < best.d)) best = { route, d };
    }
  }
  return best?.route;
}

/** The main buttons: a leader's, or for anyone else «Utforsk tiltak» (nothing they would be refused). */
function mainActionsCard(locale: Locale, text: string, roles: Roles) {
  return cardAttachment(expandCard('smallTalk', locale, { text, leader: isLeader(roles) }));
}

export async function answerFreeText(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>): Promise<void> {
  const { locale, roles } = turnInfo(context);
  const text = context.activity.text;
  const talk = smallTalkOf(text);
  if (talk) {
    const key = talk === 'greeting' ? 'talk.greeting' : 'talk.thanks';
    await context.sendActivity({ attachments: [mainActionsCard(locale, t(locale, key), roles)] });
    return;
  }
  const dc = await deps.dialogs.createContext(context);
  const near = dc.activeDialog ? undefined : nearMissOf(text, roles);
  if (near) {
    const card = expandCard('didYouMean', locale, { question: t(locale, 'talk.didYouMean', { command: near[locale] }), verb: near.id });
    await context.sendActivity({ attachments: [cardAttachment(card)] });
    return;
  }
  return continueOrUnknown(context, deps);
}
