// «utforsk» and «stjæl med stil» end to end, over HTTP with the loopback connector, on both
// stores: the index is built at start-up from the stored fixture (305 Norwegian initiatives),
// searched by words, filters and a misspelt word; a leader reuses another unit's initiative, the
// original's owner is thanked once (however often «Registrer» arrives), and the original shows
// «Gjenbrukt av»; who may reuse is decided from the roster, not from the card or the profile.
import { installationUpdate, personalConversationId, testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { actionsIn, inputsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { FIXTURE_INITIATIVES, FIXTURE_SECTORS, fixtureByTitle } from '../../fixtures/initiatives.no';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { RosterRepository } from '../../src/storage/repositories/rosterRepository';
import type { DocumentStore } from '../../src/storage/documentStore';
import type { Initiative } from '../../src/domain/initiative/initiative';
import { execute, mention, type Place } from '../support/channel';
import { cardsIn } from '../support/cards';

afterAll(() => stopSharedCosmosServer());

const ORIGINAL_TITLE = 'Nettbrett i hjemmesykepleien';
const OWNER = testUser(601);
const LEADER = testUser(602);
const NOT_A_LEADER = testUser(603);
const WRONG_UNIT = testUser(604);
const COLLEAGUE = testUser(605);
const TEAM: Place = { teamId: '19:team-explore@thread.tacv2', channelId: '19:team-explore@thread.tacv2' };

const LEADER_PROFILE = { name: 'Lise Leder', unit: 'Bekkestua barnehage', sector: FIXTURE_SECTORS.barnehage, role: 'leader', language: 'nb' };
const WHO = { beneficiaries: 'users,employees', phase: 'anchor' };
const EMPLOYEES = { employeeInvolvement: 'proposed,workgroup', employeesInvolved: '4' };
const DATES = { startDate: '2026-12-01', plannedInUseDate: '2027-06-01' };

/** The values a card's inputs were filled in with (what Teams sends back unchanged). */
function filledIn(card: any): Record<string, string> {
  return Object.fromEntries([...inputsIn(card)].map(([id, input]) => [id, String(input.value ?? '')]));
}

function hitTitles(card: any): string[] {
  return actionsIn(card)
    .filter((a) => a.data?.verb === 'exploreOpen')
    .map((a) => FIXTURE_INITIATIVES.find((i) => i.id === a.data.initiativeId)?.title ?? a.data.initiativeId);
}

function button(card: any, verb: string): any {
  return actionsIn(card).find((a) => a.data?.verb === verb);
}

/** Lise's own initiative, to share in her unit's channel. */
const LISES = { ...FIXTURE_INITIATIVES.find((i) => i.sector === FIXTURE_SECTORS.barnehage && i.status === 'active')!, ownerId: LEADER.aadObjectId, ownerName: 'Lise Leder', unit: 'Bekkestua barnehage' };

async function seed(store: DocumentStore): Promise<Initiative> {
  await store.init();
  const initiatives = new InitiativeRepository(store);
  const original = { ...fixtureByTitle(ORIGINAL_TITLE), ownerId: OWNER.aadObjectId, ownerName: 'Olga Eier' };
  const seeded = (i: Initiative) => (i.id === original.id ? original : i.id === LISES.id ? LISES : i);
  for (const i of FIXTURE_INITIATIVES) await initiatives.createIfAbsent(seeded(i));
  await new RosterRepository(store).import([
    { line: 2, row: { name: 'Lise Leder', email: 'lise@kommune.no', aadObjectId: LEADER.aadObjectId, unit: LEADER_PROFILE.unit, sector: LEADER_PROFILE.sector } },
    { line: 3, row: { name: 'Vera Vikar', email: 'vera@kommune.no', aadObjectId: WRONG_UNIT.aadObjectId, unit: 'Solsikken barnehage', sector: LEADER_PROFILE.sector } },
  ]);
  return original;
}

describe.each(STORE_KINDS)('utforsk and reuse over HTTP (%s store)', (kind) => {
  let original: Initiative;
  const c = useBot(async () => {
    const store = await freshStore(kind);
    original = await seed(store);
    return { store };
  });
  const chat = (user = LEADER) => new ChatSession(c.bot, c.connector, user);

  it('finds initiatives by words, in any word form, from the index built at start-up', async () => {
    const card = lastCard(await chat(NOT_A_LEADER).say('utforsk nettbrettet'));
    expect(hitTitles(card)).toEqual(expect.arrayContaining(['Nettbrett i hjemmesykepleien', 'Nettbrett i begynneropplæringen', 'Nettbrettet som språkverktøy']));
    expect(textOf(card)).toMatch(/\d+ tiltak funnet · side 1 av \d+/);
    expect(inputsIn(card).get('query').value).toBe('nettbrettet');
    expect(JSON.stringify(card).length).toBeLessThan(28 * 1024);
  });

  it('forgives a small typo and understands English commands', async () => {
    expect(hitTitles(lastCard(await chat(NOT_A_LEADER).say('utforsk trygghetsalram')))[0]).toBe('Trygghetsalarm med GPS');
    expect(hitTitles(lastCard(await chat(NOT_A_LEADER).say('Explore hverdagsrehabiltering')))[0]).toBe('Hverdagsrehabilitering etter sykehusopphold');
  });

  it('filters by sector and status, pages through the result, and ignores forged filter values', async () => {
    const user = chat(NOT_A_LEADER);
    const form = lastCard(await user.say('utforsk'));
    expect(textOf(form)).toMatch(new RegExp(`${FIXTURE_INITIATIVES.length} tiltak funnet`));
    const sectorIndex = String(Object.values(FIXTURE_SECTORS).indexOf(FIXTURE_SECTORS.pleie));
    const wanted = FIXTURE_INITIATIVES.filter((i) => i.sector === FIXTURE_SECTORS.pleie && i.status === 'done_in_use');
    expect(wanted.length).toBeGreaterThan(0);
    const inputs = { query: '', sector: sectorIndex, status: 'done_in_use,not_a_status' };
    const filtered = lastCard(await user.press(button(form, 'exploreSearch'), inputs));
    expect(textOf(filtered)).toMatch(new RegExp(`${wanted.length} tiltak funnet`));
    expect(hitTitles(filtered)).toHaveLength(Math.min(10, wanted.length));
    for (const title of hitTitles(filtered)) expect(wanted.map((i) => i.title)).toContain(title);

    // Paging keeps the filters (the inputs are sent again with the page button).
    const all = lastCard(await user.press(button(form, 'exploreSearch'), { query: '' }));
    const next = actionsIn(all).find((a) => a.data?.verb === 'exploreSearch' && a.data.page === '1');
    const page2 = lastCard(await user.press(next, filledIn(all)));
    expect(textOf(page2)).toMatch(/side 2 av/);
    expect(hitTitles(page2).some((t) => hitTitles(all).includes(t))).toBe(false);
  });

  it('opens another unit’s initiative read-only, with nothing personal beyond the owner’s name and unit', async () => {
    const card = lastCard(await chat(NOT_A_LEADER).press({ data: { verb: 'exploreOpen', initiativeId: original.id } }));
    expect(textOf(card)).toContain(ORIGINAL_TITLE);
    expect(textOf(card)).toContain('Olga Eier');
    const verbs = actionsIn(card).map((a) => a.data?.verb);
    expect(verbs).not.toContain('report');
    expect(verbs).not.toContain('edit');
    expect(verbs).not.toContain('reuse'); // not a leader: no reuse button
    expect(JSON.stringify(card)).not.toContain(OWNER.aadObjectId);
  });

  it('a non-leader cannot start a reuse proposal, even with a forged button', async () => {
    const replies = await chat(NOT_A_LEADER).press({ data: { verb: 'reuse', initiativeId: original.id } });
    expect(texts(replies)).toMatch(/Du står ikke på lederlisten/);
    expect(replies.flatMap((r) => r.attachments ?? [])).toEqual([]);
  });

  it('reuse: prefilled from the original, linked, the owner thanked once, and «Gjenbrukt av» on the original', async () => {
    await c.bot.post(installationUpdate({ serviceUrl: c.connector.url, user: OWNER, action: 'add' }));
    const ownerInbox = () => c.connector.sentTo(personalConversationId(OWNER)).filter((a) => /blir gjenbrukt/.test(a.text ?? ''));
    const lise = chat(LEADER);
    await lise.submit(await lise.say('profil'), 'submit', LEADER_PROFILE);

    const opened = lastCard(await lise.press({ data: { verb: 'exploreOpen', initiativeId: original.id } }));
    const started = await lise.press(button(opened, 'reuse'));
    expect(texts(started)).toMatch(/Forslaget er fylt ut fra «Nettbrett i hjemmesykepleien»/);
    const what = filledIn(lastCard(started));
    expect(what).toMatchObject({ title: `Gjenbruk: ${ORIGINAL_TITLE}`, problem: original.problem, goal: original.goal });

    const summary = await fillProposal(lise, started);
    // Teams retries while the first is still running, and the leader presses again afterwards:
    // one initiative, one record, one thank-you.
    const registered = (await Promise.all([lise.submit(summary, 'submit'), lise.submit(summary, 'submit')])).flat();
    expect(texts(registered)).toMatch(/koblet til «Nettbrett i hjemmesykepleien»/);
    await lise.submit(summary, 'submit');
    expect(ownerInbox()).toHaveLength(1);
    expect(ownerInbox()[0].text).toMatch(/Bekkestua barnehage har tatt utgangspunkt i «Nettbrett i hjemmesykepleien»/);

    const repo = new InitiativeRepository(c.bot.app.store);
    const after = (await repo.get(original.id))!.value;
    expect(after.reusedBy).toHaveLength(1);
    const reuse = (await repo.get(after.reusedBy![0]!.id))!.value;
    expect(reuse).toMatchObject({ title: `Gjenbruk: ${ORIGINAL_TITLE}`, unit: 'Bekkestua barnehage', ownerId: LEADER.aadObjectId, reusedFrom: { id: original.id, unit: original.unit }, reuseSource: 'other_unit' });

    // Anyone opening the original now sees who reused it; the new one is searchable at once.
    const shown = textOf(lastCard(await chat(NOT_A_LEADER).press({ data: { verb: 'exploreOpen', initiativeId: original.id } })));
    expect(shown).toMatch(/Gjenbrukt av ett tjenestested/);
    expect(shown).toContain('Bekkestua barnehage');
    expect(hitTitles(lastCard(await chat(NOT_A_LEADER).say('utforsk gjenbruk nettbrett')))).toEqual(expect.arrayContaining([reuse.id]));
  });

  // Runs after the reuse test above, which it would otherwise disturb (a second «Gjenbrukt av»).
  it('a reuse is registered for the unit the roster says the leader leads, whatever their profile says', async () => {
    const vera = chat(WRONG_UNIT);
    await vera.submit(await vera.say('profil'), 'submit', { ...LEADER_PROFILE, name: 'Vera Vikar', unit: 'Bekkestua barnehage' });
    const summary = await fillProposal(vera, await vera.press({ data: { verb: 'reuse', initiativeId: original.id } }));
    await vera.submit(summary, 'submit');
    const after = (await new InitiativeRepository(c.bot.app.store).get(original.id))!.value;
    const veras = (after.reusedBy ?? []).filter((r) => r.unit !== 'Bekkestua barnehage');
    expect(veras.map((r) => r.unit)).toEqual(['Solsikken barnehage']);
  });

  it('shows similar initiatives from other units on the proposal summary, each with a button that opens it', async () => {
    const lise = chat(LEADER);
    await lise.submit(await lise.say('profil'), 'submit', LEADER_PROFILE);
    let r = await lise.say('nytt tiltak');
    r = await lise.submit(r, 'next', { title: 'Vaktskifte med tavle', problem: 'Informasjon forsvinner ved vaktskiftet på sykehjemmet.', goal: 'Tryggere vaktskifte.' });
    r = await lise.submit(r, 'next', { ...WHO, innovationTypes: 'process', ...EMPLOYEES, benefit1Type: 'quality', benefit1Description: 'Færre feil', ...DATES });
    const summary = lastCard(r);
    expect(textOf(summary)).toMatch(/Andre har prøvd noe lignende/);
    const similar = hitTitles(summary);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(3);
    expect(similar.join('|')).toMatch(/[Vv]aktskifte/);
    const opened = lastCard(await lise.press(button(summary, 'exploreOpen')));
    expect(textOf(opened)).toContain(similar[0]);
    await lise.say('avbryt');
  });

  it('del: the owner shares their initiative in the unit’s linked channel once, and colleagues support it once', async () => {
    const lise = chat(LEADER);
    await lise.submit(await lise.say('profil'), 'submit', LEADER_PROFILE);
    const pick = lastCard(await lise.say('del'));
    const shareButton = actionsIn(pick).find((a) => a.data?.verb === 'shareInitiative' && a.data.initiativeId === LISES.id);
    expect(textOf(pick)).toContain(LISES.title);
    expect(texts(await lise.press(shareButton))).toMatch(/Ingen teamkanal er koblet til Bekkestua barnehage/);

    await c.bot.post(mention(c, TEAM, LEADER, 'koble kanal'));
    // Someone who does not own it cannot share it, whatever the button says.
    expect(texts(await chat(NOT_A_LEADER).press(shareButton))).toMatch(/Du har ikke tilgang/);
    const shareCards = () => c.connector.sentTo(TEAM.channelId).flatMap(cardsIn).filter((card) => actionsIn(card).some((a) => a.verb === 'initiativeSupport'));
    expect(shareCards()).toHaveLength(0);

    const [first, second] = await Promise.all([lise.press(shareButton), lise.press(shareButton)]);
    expect(texts([...first, ...second])).toMatch(/er delt\. Antall kanaler: 1\./);
    expect(texts([...first, ...second])).toMatch(/er allerede delt/);
    expect(shareCards()).toHaveLength(1);
    const card = shareCards()[0];
    expect(textOf(card)).toContain(LISES.title);
    const support = actionsIn(card).find((a) => a.verb === 'initiativeSupport');

    const updatesBefore = c.connector.updates().length;
    const presses = await Promise.all([1, 2, 3].map(() => c.bot.post(execute(c, TEAM, COLLEAGUE, 'initiativeSupport', support.data))));
    for (const res of presses) expect(textOf(res.body.value)).toMatch(/Støtter: 1/);
    expect(actionsIn(presses[0]!.body.value).map((a) => a.data.support)).toEqual([false]);
    expect(c.connector.updates().length - updatesBefore).toBe(1);
    const res = await c.bot.post(execute(c, TEAM, NOT_A_LEADER, 'initiativeSupport', support.data));
    expect(textOf(res.body.value)).toMatch(/Støtter: 2/);
    const forged = await c.bot.post(execute(c, TEAM, COLLEAGUE, 'initiativeSupport', { shareId: 'share:nope:nope', support: true }));
    expect(forged.body.statusCode).toBe(404);
  });
});

/** From the first (prefilled) step to the summary, keeping what the form was filled in with. */
async function fillProposal(user: ChatSession, first: any[]): Promise<any[]> {
  let r = await user.submit(first, 'next', filledIn(lastCard(first)));
  return user.submit(r, 'next', { ...filledIn(lastCard(r)), ...WHO, ...EMPLOYEES, ...DATES });
}
