// Found while attacking the bot: the idea routes once took «leader of unit X» from the profile,
// which every user fills in themselves. Roles now come from the roster (domain/access/roles.ts):
// a profile form forged with a role and a unit grants nothing.
import { personalConversationId, testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { ChatSession } from '../support/leaderSession';

const SOMEONE_ELSES_UNIT = { name: 'Eva Ansatt', unit: 'Bekkestua bo- og servicesenter', sector: 'Pleie og omsorg', role: 'leader', language: 'nb' };

describe('roles a user gives themselves', () => {
  const c = useBot(() => ({}));

  it('an employee on no roster who picks «leader» of another unit in the profile is refused the unit’s idea list', async () => {
    const employee = testUser('self-made-leader');
    const chat = new ChatSession(c.bot, c.connector, employee);
    await chat.submit(await chat.say('profil'), 'submit', SOMEONE_ELSES_UNIT);
    await chat.say('ideer');
    const answer = c.connector.sentTo(personalConversationId(employee)).pop();
    expect(answer.attachments ?? []).toHaveLength(0);
    expect(answer.text ?? '').toMatch(/bare for tjenesteledere på lederlisten/);
  });
});
