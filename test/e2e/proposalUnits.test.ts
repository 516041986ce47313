// A new initiative gets the unit and sector of the proposer's roster row; a leader of several
// units chooses among *their* units on the summary card, and a forged unit falls back to theirs.
import { testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { inputsIn } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { addLeader } from '../support/roster';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { RosterRepository } from '../../src/storage/repositories/rosterRepository';

const STEPS = [
  { title: 'Felles kalender', problem: 'Rom blir dobbeltbooket.', goal: 'Ingen dobbeltbookinger.' },
  { beneficiaries: 'employees', phase: 'anchor', innovationTypes: 'process', benefit1Type: 'quality', benefit1Description: 'Færre misforståelser' },
];

async function toSummary(chat: ChatSession): Promise<any[]> {
  let r = await chat.say('nytt tiltak');
  for (const step of STEPS) r = await chat.submit(r, 'next', step);
  return r;
}

describe('the unit of a new initiative comes from the roster', () => {
  const c = useBot();
  const leader = testUser('units-two');

  beforeAll(async () => {
    await addLeader(c.bot, leader, 'Enhet A', 'Sektor 1');
    // The same person leads a second unit (a second roster row, matched by Entra object id).
    const stamp = new Date().toISOString();
    await new RosterRepository(c.bot.app.store).upsert({ id: 'units-two-b@kommune.test', name: leader.name, email: 'units-two-b@kommune.test', aadObjectId: leader.aadObjectId.toLowerCase(), unit: 'Enhet B', sector: 'Sektor 2', importedAt: stamp, updatedAt: stamp });
    c.bot.app.directory.invalidate();
  });

  it('offers a leader of two units a choice of exactly their units, and registers the one chosen', async () => {
    const chat = new ChatSession(c.bot, c.connector, leader);
    const r = await toSummary(chat);
    const choice = inputsIn(lastCard(r)).get('ownerUnit');
    expect((choice?.choices ?? []).map((x: any) => x.value).sort()).toEqual(['Enhet A', 'Enhet B']);
    const done = await chat.submit(r, 'submit', { ownerUnit: 'Enhet B' });
    expect(texts(done)).toMatch(/er registrert/);
    const [saved] = await new InitiativeRepository(c.bot.app.store).listByOwner(leader.aadObjectId);
    expect(saved).toMatchObject({ unit: 'Enhet B', sector: 'Sektor 2' });
  });

  it('never registers on a unit the leader does not lead, whatever the card sends', async () => {
    const other = testUser('units-one');
    await addLeader(c.bot, other, 'Enhet C', 'Sektor 3');
    const chat = new ChatSession(c.bot, c.connector, other);
    const r = await toSummary(chat);
    expect(inputsIn(lastCard(r)).get('ownerUnit')).toBeUndefined();
    await chat.submit(r, 'submit', { ownerUnit: 'Enhet A' });
    const [saved] = await new InitiativeRepository(c.bot.app.store).listByOwner(other.aadObjectId);
    expect(saved).toMatchObject({ unit: 'Enhet C', sector: 'Sektor 3' });
  });
});
