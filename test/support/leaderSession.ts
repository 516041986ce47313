// One person chatting with the bot in personal chat over HTTP: typing text and pressing card
// buttons (an Action.Submit posts a message whose value is the button's data plus the inputs).
import { personalConversationId, personalMessage, type TestUser } from './activities';
import type { BotUnderTest } from './botHarness';
import { cardsIn, formAction } from './cards';
import type { Connector } from './connector';

export class ChatSession {
  constructor(
    private readonly bot: BotUnderTest,
    private readonly connector: Connector,
    readonly user: TestUser,
    private readonly locale = 'nb-NO',
  ) {}

  /**
   * What the bot showed this user in answer to one request: new activities (each with the id the
   * connector gave it) and updates of earlier ones in place (`updated: true`, the updated id).
   */
  private async exchange(activity: unknown): Promise<any[]> {
    const before = this.connector.shownIn(personalConversationId(this.user)).length;
    const res = await this.bot.post(activity);
    if (res.status !== 200) throw new Error(`bot answered ${res.status}: ${JSON.stringify(res.body)}`);
    return this.connector.shownIn(personalConversationId(this.user)).slice(before);
  }

  say(text: string): Promise<any[]> {
    return this.exchange(personalMessage({ serviceUrl: this.connector.url, user: this.user, text, locale: this.locale }));
  }

  /**
   * Presses a button: its data plus the inputs, as Teams sends an Action.Submit; `replyToId` is
   * the id of the message that carried the card (Teams sends it, so the bot can update the card).
   */
  press(action: any, inputs: Record<string, unknown> = {}, replyToId?: string): Promise<any[]> {
    if (!action) throw new Error('no such button on the card');
    const message = personalMessage({ serviceUrl: this.connector.url, user: this.user, value: { ...inputs, ...action.data }, locale: this.locale });
    return this.exchange(replyToId ? { ...message, replyToId } : message);
  }

  /** Presses the form button `nav` on the last card in `replies` (from the message that carried it). */
  submit(replies: any[], nav: string, inputs: Record<string, unknown> = {}): Promise<any[]> {
    return this.press(formAction(lastCard(replies), nav), inputs, lastCardActivity(replies)?.id);
  }
}

/** The activity that carries the last card in `replies`. */
export function lastCardActivity(replies: any[]): any {
  return [...replies].reverse().find((r) => cardsIn(r).length > 0);
}

export function lastCard(replies: any[]): any {
  const cards = replies.flatMap(cardsIn);
  if (cards.length === 0) throw new Error(`no card in replies: ${JSON.stringify(replies.map((r) => r.text))}`);
  return cards[cards.length - 1];
}

export function texts(replies: any[]): string {
  return replies.map((r) => r.text ?? '').join('\n');
}
