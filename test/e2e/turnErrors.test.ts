// A turn that throws does not trap the user: they get the apology, the conversation's dialog
// stack is cleared (their registered data stays), and the next message works. A dialog that no
// longer exists after a deploy is found before continuing, and the user starts over.
import { personalConversationId, testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { CountingStore } from '../../fixtures/countingStore';
import { ChatSession, texts } from '../support/leaderSession';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';
import type { BotStateDoc } from '../../src/storage/botStateStorage';

const PROFILE = { name: 'Kari Leder', language: 'nb' };
const APOLOGY = /noe gikk galt/;
const USE_THE_FORM = /venter på skjemaet/;

describe('turn errors', () => {
  const store = new CountingStore(new SqliteDocumentStore(':memory:'));
  const c = useBot(() => ({ store }));

  it('a dialog turn that throws: apology, the dialog is gone, the data stays, the next message works', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser('error-1'));
    await chat.submit(await chat.say('profil'), 'submit', PROFILE);
    const form = await chat.say('profil');
    store.failNext('profiles', 'write');
    const failed = await chat.submit(form, 'submit', { ...PROFILE, name: 'Kari Endret' });
    expect(texts(failed)).toMatch(APOLOGY);

    const next = await chat.say('blåbærsyltetøy');
    expect(texts(next)).toMatch(/forstod jeg ikke/);
    expect(texts(next)).not.toMatch(USE_THE_FORM);
    expect((await new ProfileRepository(store).get(chat.user.aadObjectId))?.value).toMatchObject({ name: 'Kari Leder', language: 'nb' });
    expect(texts(await chat.say('hjelp'))).not.toMatch(APOLOGY);
  });

  it('a dialog removed by a deploy: found without running it, and the user starts over', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser('error-2'));
    const form = await chat.say('profil');
    const botstate = store.collection<BotStateDoc>('botstate');
    const mine = (await botstate.query()).find((d) => d.value.key.includes(personalConversationId(chat.user)));
    expect(mine).toBeDefined();
    const state = JSON.parse(JSON.stringify(mine!.value.state)) as { dialogState: { dialogStack: Array<{ id: string }> } };
    state.dialogState.dialogStack[0]!.id = 'dialogRemovedInThisDeploy';
    await botstate.upsert({ ...mine!.value, state });

    const pressed = await chat.submit(form, 'submit', PROFILE);
    expect(texts(pressed)).toMatch(/starte det på nytt/);
    expect(texts(pressed)).not.toMatch(APOLOGY);
    const next = await chat.say('blåbærsyltetøy');
    expect(texts(next)).toMatch(/forstod jeg ikke/);
  });
});
