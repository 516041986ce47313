// The profile form (`profil`) over HTTP: the name field is prefilled with the Teams display name
// when the profile has no name yet (a profile made on first contact from an event that carried
// none), and a name the person chose is kept.
import { personalMessage, testUser, type TestUser } from '../support/activities';
import { useBot, type BotCtx } from '../support/botHarness';
import { cardsIn, inputsIn } from '../support/cards';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';

describe('the profile form', () => {
  const c: BotCtx = useBot();

  async function nameOnForm(user: TestUser, from: Partial<TestUser> = {}): Promise<string | undefined> {
    const before = c.connector.sent().length;
    const res = await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user: { ...user, ...from }, text: 'profil' }));
    expect(res.status).toBe(200);
    const card = c.connector.sent().slice(before).flatMap(cardsIn).at(-1);
    await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user, text: 'avbryt' }));
    return inputsIn(card).get('name')?.value;
  }

  it('is prefilled with the Teams display name when the profile has no name yet', async () => {
    const user = testUser(7910);
    // A profile made on first contact from an event that carried no name.
    await new ProfileRepository(c.bot.app.store).update(user.aadObjectId, { id: user.aadObjectId, name: '' }, (p) => p);
    expect(await nameOnForm(user)).toBe(user.name);
  });

  it('keeps the name the person chose over the Teams display name', async () => {
    const user = testUser(7911);
    await new ProfileRepository(c.bot.app.store).update(user.aadObjectId, { id: user.aadObjectId, name: 'Kari' }, (p) => p);
    expect(await nameOnForm(user)).toBe('Kari');
  });

  it('is prefilled with the Teams display name for someone with no profile', async () => {
    expect(await nameOnForm(testUser(7912))).toBe('Testbruker 7912');
  });
});
