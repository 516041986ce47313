// `oversikt` and `eksport` end to end, over HTTP against the loopback connector, on both stores:
// a seeded programme with known counts (fixtures/overviewProgramme.ts); each role sees its own
// numbers and nothing more (a kommunalsjef no other sector's units or people, a leader no other
// leader's details); «Send påminnelse» sends one nudge however often it is pressed; the Excel
// file goes through the file consent flow to an upload endpoint on loopback and is opened here
// with exceljs, sheet by sheet, and compared with what `npm run export` writes.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { leaderAad, PROGRAMME_CYCLE, seededProgramme, SMALL_PROGRAMME_COUNTS as N } from '../../fixtures/overviewProgramme';
import { seedStore } from '../../fixtures/seedStore';
import type { DocumentStore } from '../../src/storage/documentStore';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { OutboxRepository } from '../../src/storage/repositories/outboxRepository';
import { FILE_CONSENT_CONTENT_TYPE, FILE_INFO_CONTENT_TYPE } from '../../src/teams/files/fileConsent';
import { personalConversationId, personalMessage, testUser, type TestUser } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { actionsIn, cardsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { makeJob } from '../scheduler/fixtures';

afterAll(() => stopSharedCosmosServer());

const p = seededProgramme();
const HELSE = 'Helse og sosial';
const SKOLE = 'Oppvekst skole';

const ADMIN = testUser('overview-admin');
/** Kommunalsjef of «Helse og sosial» (sector 1 in the fixture): found by the e-mail Teams gives. */
const HEAD = testUser('overview-head');
const HEAD_EMAIL = 'kommunalsjef1@kommune.example';
const EMPLOYEE = testUser('overview-employee');
/** Roster leader 1 (Helse og sosial): owns initiatives 1 and 7. */
const LEADER: TestUser = { id: '29:leader-1', aadObjectId: leaderAad(0), name: p.roster[0]!.name };

interface Upload {
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** A stand-in for the user's OneDrive on loopback: records each PUT. */
async function startUploadServer(): Promise<{ url: string; uploads: Upload[]; stop(): Promise<void> }> {
  const uploads: Upload[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'PUT') uploads.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/upload`, uploads, stop: () => new Promise((r) => server.close(() => r())) };
}

async function openWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The sheet as objects keyed by header text. */
function rowsOf(sheet: ExcelJS.Worksheet): Array<Record<string, unknown>> {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Array<Record<string, unknown>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return out;
}

const fileConsentInvoke = (user: TestUser, serviceUrl: string, consentId: string, action: 'accept' | 'decline', uploadUrl: string) => ({
  ...personalMessage({ serviceUrl, user }),
  type: 'invoke',
  name: 'fileConsent/invoke',
  text: undefined,
  value: {
    type: 'fileUpload',
    action,
    context: { consentId },
    uploadInfo:
      action === 'accept'
        ? { name: 'innovasjonsprogrammet.xlsx', uploadUrl, contentUrl: 'https://kommune.sharepoint.com/personal/x/innovasjonsprogrammet.xlsx', uniqueId: 'F1', fileType: 'xlsx' }
        : undefined,
  },
});

function consentIdOf(replies: any[]): string {
  const consent = replies.flatMap((r) => r.attachments ?? []).find((a: any) => a.contentType === FILE_CONSENT_CONTENT_TYPE);
  if (!consent) throw new Error(`no file consent card in ${JSON.stringify(replies.map((r) => r.text))}`);
  expect(consent.content.acceptContext).toEqual(consent.content.declineContext);
  return consent.content.acceptContext.consentId;
}

describe.each(STORE_KINDS)('oversikt and eksport over HTTP (%s store)', (kind) => {
  let connector: Connector;
  let bot: BotUnderTest;
  let store: DocumentStore;
  let upload: Awaited<ReturnType<typeof startUploadServer>>;
  const chat = (user: TestUser) => new ChatSession(bot, connector, user);

  beforeAll(async () => {
    connector = await startConnector();
    upload = await startUploadServer();
    store = await freshStore(kind);
    bot = await startBot({
      store,
      env: { ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId, PROGRAMME_CYCLES: JSON.stringify(PROGRAMME_CYCLE), REMINDERS_ENABLED: 'false' },
      // The seeded programme's «now», and the loopback upload endpoint (production allows OneDrive only).
      overrides: { now: () => p.now, isAllowedUploadUrl: (u) => u.hostname === '127.0.0.1' },
    });
    await seedStore(store, p, connector.url);
    // What Teams says about the kommunalsjef when the bot asks (GET .../members/{id}).
    connector.members.set(HEAD.id, { id: HEAD.id, name: HEAD.name, aadObjectId: HEAD.aadObjectId, userPrincipalName: HEAD_EMAIL, email: HEAD_EMAIL });
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await connector?.stop();
    await upload?.stop();
  });

  it('admin: the whole municipality, with the fixture’s numbers and one row per sector', async () => {
    const card = lastCard(await chat(ADMIN).say('oversikt'));
    const text = textOf(card);
    expect(text).toContain(`${N.registered} av ${N.expected} ledere har registrert tiltak`);
    const titles = actionsIn(card).map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining([`Ikke registrert (${N.notRegistered.length})`, `Forsinket rapport (${N.late})`, `Ledere som ikke kan nås (${N.unreachable.length})`, `Avsluttet – tatt i bruk (${N.closed.inUse})`]));
    const json = JSON.stringify(card);
    expect(json).toContain(HELSE);
    expect(json).toContain(SKOLE);
    // Per sector: registered/expected.
    expect(json).toContain(`"${N.sectors[HELSE].registered}/${N.sectors[HELSE].expected}"`);
    expect(json).toContain(`"${N.sectors[SKOLE].registered}/${N.sectors[SKOLE].expected}"`);
    // The drill-down names the people.
    const notRegistered = actionsIn(card).find((a) => a.data?.verb === 'overviewDrilldown' && a.data.list === 'notRegistered' && a.data.sector === undefined);
    const list = lastCard(await chat(ADMIN).press(notRegistered));
    for (const email of N.notRegistered) expect(textOf(list)).toContain(p.roster.find((r) => r.id === email)!.name);
  });

  it('kommunalsjef: only the own sector, one row per unit; no other sector’s units or people anywhere', async () => {
    const head = chat(HEAD);
    const card = lastCard(await head.say('oversikt'));
    expect(textOf(card)).toContain(`${N.sectors[HELSE].registered} av ${N.sectors[HELSE].expected} ledere har registrert tiltak`);
    const own = p.roster.filter((r) => r.sector === HELSE);
    const others = p.roster.filter((r) => r.sector !== HELSE);
    for (const r of own) expect(JSON.stringify(card)).toContain(r.unit);
    // Only lists with someone in them are offered as buttons (an empty list is no way on)…
    const offered = actionsIn(card).filter((x) => x.data?.verb === 'overviewDrilldown');
    expect(offered.length).toBeGreaterThan(0);
    for (const a of offered) expect(a.title).not.toMatch(/\(0\)$/);
    // …but every card the kommunalsjef can reach, offered or typed into a forged press: the card and each drill-down.
    const reached = [card];
    for (const list of ['notRegistered', 'late', 'unreachable', 'closedInUse', 'closedNoEffect', 'closedStopped']) {
      reached.push(...(await head.press({ data: { verb: 'overviewDrilldown', list } })).flatMap(cardsIn));
    }
    expect(reached.length).toBe(7);
    for (const c of reached) {
      const json = JSON.stringify(c);
      expect(json).not.toContain(SKOLE);
      for (const r of others) {
        expect(json).not.toContain(r.name);
        expect(json).not.toContain(r.email);
        expect(json).not.toContain(r.unit);
      }
      for (const i of p.initiatives.filter((x) => x.sector !== HELSE)) expect(json).not.toContain(`"${i.title}"`);
    }
    // A forged button for another sector is refused on the server.
    const forged = await head.press({ data: { verb: 'overviewDrilldown', list: 'late', sector: SKOLE } });
    expect(texts(forged)).toMatch(/Dette kan du ikke se/);
    expect(JSON.stringify(forged)).not.toContain(p.roster[1]!.name);
  });

  it('leader: the own initiatives and the sector in numbers, no other leader’s details; no drill-down, export or nudge', async () => {
    const leader = chat(LEADER);
    const card = lastCard(await leader.say('oversikt'));
    const json = JSON.stringify(card);
    const mine = p.initiatives.filter((i) => i.ownerId === LEADER.aadObjectId);
    expect(mine.length).toBe(2);
    for (const i of mine) expect(json).toContain(i.title);
    for (const i of p.initiatives.filter((x) => x.ownerId !== LEADER.aadObjectId)) expect(json).not.toContain(`"${i.title}"`);
    for (const r of p.roster.slice(1)) {
      expect(json).not.toContain(r.name);
      expect(json).not.toContain(r.email);
    }
    expect(textOf(card)).toContain(`${N.sectors[HELSE].registered} av ${N.sectors[HELSE].expected} ledere har registrert tiltak`);
    expect(actionsIn(card).filter((a) => ['overviewDrilldown', 'overviewNudge', 'overviewExport'].includes(a.data?.verb))).toEqual([]);

    // Refused by the permission table (or, past it, by the overview's own scope check).
    const refused = /Dette kan du ikke se|Eksporten er for kommunalsjefer|Dette er bare for kommunalsjefer og programadministratorer/;
    expect(texts(await leader.press({ data: { verb: 'overviewDrilldown', list: 'notRegistered' } }))).toMatch(refused);
    expect(texts(await leader.press({ data: { verb: 'overviewNudge', leaderId: N.notRegistered[0] } }))).toMatch(refused);
    expect(texts(await leader.press({ data: { verb: 'overviewExport' } }))).toMatch(refused);
    expect(texts(await leader.say('eksport'))).toMatch(refused);
    expect(connector.sentTo(`a:personal-${leaderAad(4)}`)).toEqual([]);
  });

  it('employee: no overview; the welcome card offers the overview only to those who have one', async () => {
    expect(texts(await chat(EMPLOYEE).say('oversikt'))).toMatch(/Oversikten er for ledere på lederlisten|Dette er bare for tjenesteledere på lederlisten/);
    const verbs = (user: TestUser) => chat(user).say('hjelp').then((r) => actionsIn(lastCard(r)).map((a) => a.data?.verb));
    expect(await verbs(EMPLOYEE)).not.toContain('overviewOpen');
    // The commands are the FactSet's titles: one line each in the card's text.
    const commandsOf = async (user: TestUser) => textOf(lastCard(await chat(user).say('hjelp'))).split('\n');
    const employeeHelp = await commandsOf(EMPLOYEE);
    expect(employeeHelp).toContain('mine tiltak');
    expect(employeeHelp).not.toContain('oversikt');
    expect(employeeHelp).not.toContain('eksport');
    const leaderHelp = await commandsOf(LEADER);
    expect(leaderHelp).toContain('oversikt');
    expect(leaderHelp).not.toContain('eksport');
    expect(await verbs(LEADER)).toContain('overviewOpen');
    expect(await verbs(HEAD)).toContain('overviewOpen');
    const headHelp = await commandsOf(HEAD);
    expect(headHelp).toContain('oversikt');
    expect(headHelp).toContain('eksport');
    // The button opens the overview.
    const open = actionsIn(lastCard(await chat(LEADER).say('hjelp'))).find((a) => a.data?.verb === 'overviewOpen');
    expect(textOf(lastCard(await chat(LEADER).press(open)))).toContain('Dine tiltak');
  });

  it('«Send påminnelse»: pressed twice at once and retried by Teams, the leader gets one nudge', async () => {
    const head = chat(HEAD);
    const card = lastCard(await head.say('oversikt'));
    const laggard = p.roster.find((r) => r.id === N.notRegistered[0])!;
    const button = actionsIn(card).find((a) => a.data?.verb === 'overviewNudge' && a.data.leaderId === laggard.id);
    expect(button).toBeDefined();
    const conversation = `a:personal-${laggard.aadObjectId!.toLowerCase()}`;
    const press = personalMessage({ serviceUrl: connector.url, user: HEAD, value: button.data });
    // Two presses at once, then Teams retrying the first (same activity).
    const results = await Promise.all([bot.post(press), bot.post(personalMessage({ serviceUrl: connector.url, user: HEAD, value: button.data }))]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    await bot.post(press);
    const nudges = connector.sentTo(conversation);
    expect(nudges).toHaveLength(1);
    expect(textOf(cardsIn(nudges[0])[0])).toContain('registrert');
    const answers = connector.sentTo(personalConversationId(HEAD)).map((a) => a.text ?? '');
    expect(answers.filter((t) => t.includes('Påminnelsen er sendt'))).toHaveLength(1);
    expect(answers.filter((t) => t.includes('allerede fått en påminnelse'))).toHaveLength(2);
    // The answers name the leader from the roster: plain text, so a name is never read as markdown.
    const named = connector.sentTo(personalConversationId(HEAD)).filter((a) => (a.text ?? '').includes(laggard.name));
    expect(named).toHaveLength(3);
    expect(named.map((a) => a.textFormat)).toEqual(['plain', 'plain', 'plain']);
    const ledger = (await new OutboxRepository(store).byPeriod('2026-11-30')).filter((r) => r.kind === 'manual_nudge');
    expect(ledger).toEqual([expect.objectContaining({ recipientKey: laggard.id, status: 'sent' })]);
    // A leader of another sector cannot be nudged by this kommunalsjef, whatever the button says.
    const other = p.roster.find((r) => r.sector === SKOLE)!;
    expect(texts(await head.press({ data: { verb: 'overviewNudge', leaderId: other.id } }))).toMatch(/Dette kan du ikke se/);
    expect(connector.sentTo(`a:personal-${other.aadObjectId!.toLowerCase()}`)).toEqual([]);
  });

  it('eksport (admin): consent card, accept uploads once to the returned URL, then a file info card; the workbook checked sheet by sheet', async () => {
    const admin = chat(ADMIN);
    const consentId = consentIdOf(await admin.say('eksport'));
    const before = upload.uploads.length;
    const invoke = fileConsentInvoke(ADMIN, connector.url, consentId, 'accept', upload.url);
    expect((await bot.post(invoke)).status).toBe(200);
    // Teams retries the invoke: no second upload, no second card.
    expect((await bot.post(invoke)).status).toBe(200);
    expect(upload.uploads.length - before).toBe(1);
    const put = upload.uploads[upload.uploads.length - 1]!;
    expect(put.headers['content-range']).toBe(`bytes 0-${put.body.length - 1}/${put.body.length}`);
    const infos = connector.sentTo(personalConversationId(ADMIN)).flatMap((a) => a.attachments ?? []).filter((a: any) => a.contentType === FILE_INFO_CONTENT_TYPE);
    expect(infos).toHaveLength(1);

    const wb = await openWorkbook(put.body);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Sammendrag', 'Tiltak', 'KS-barometer', 'Statusrapporter', 'Ideer', 'Ledere']);
    const summary = rowsOf(wb.getWorksheet('Sammendrag')!);
    const row = (label: string) => summary.find((r) => r['Tall'] === label)!;
    expect(row('Ledere i programmet')).toMatchObject({ 'Hele kommunen': N.expected, [HELSE]: 4, [SKOLE]: 4 });
    expect(row('Ledere som har registrert tiltak')['Hele kommunen']).toBe(N.registered);
    expect(row('Forsinket rapport')['Hele kommunen']).toBe(N.late);
    expect(rowsOf(wb.getWorksheet('Tiltak')!)).toHaveLength(N.initiatives);
    expect(rowsOf(wb.getWorksheet('KS-barometer')!)).toHaveLength(N.initiatives);
    expect(rowsOf(wb.getWorksheet('Statusrapporter')!)).toHaveLength(p.reports.length);
    const ideas = rowsOf(wb.getWorksheet('Ideer')!);
    expect(ideas).toHaveLength(N.ideas.submitted);
    expect(ideas.filter((r) => r['Anonym'] === 'Ja').every((r) => r['Sendt inn av'] === null)).toBe(true);
    const leaders = rowsOf(wb.getWorksheet('Ledere')!);
    expect(leaders.filter((r) => r['Har registrert tiltak'] === 'Nei').map((r) => r['E-post']).sort()).toEqual([...N.notRegistered].sort());
  });

  it('eksport (kommunalsjef): decline is answered politely and uploads nothing; accepted, the file holds only the own sector', async () => {
    const head = chat(HEAD);
    const declined = consentIdOf(await head.say('eksport'));
    const before = upload.uploads.length;
    const res = await bot.post(fileConsentInvoke(HEAD, connector.url, declined, 'decline', upload.url));
    expect(res.status).toBe(200);
    expect(upload.uploads.length).toBe(before);
    expect(connector.sentTo(personalConversationId(HEAD)).at(-1).text).toMatch(/Greit, jeg sender ikke filen/);
    // Someone else cannot accept the kommunalsjef's offer.
    const accepted = consentIdOf(await head.press({ data: { verb: 'overviewExport' } }));
    await bot.post(fileConsentInvoke(ADMIN, connector.url, accepted, 'accept', upload.url));
    expect(upload.uploads.length).toBe(before);
    // And an upload URL that is not allowed is refused.
    expect((await bot.post(fileConsentInvoke(HEAD, connector.url, accepted, 'accept', 'http://example.org/upload'))).status).toBe(400);
    await bot.post(fileConsentInvoke(HEAD, connector.url, accepted, 'accept', upload.url));
    expect(upload.uploads.length).toBe(before + 1);
    const wb = await openWorkbook(upload.uploads.at(-1)!.body);
    for (const sheet of wb.worksheets) {
      const text = JSON.stringify(rowsOf(sheet)) + JSON.stringify(sheet.getRow(1).values);
      expect(text).not.toContain(SKOLE);
      for (const r of p.roster.filter((x) => x.sector !== HELSE)) expect(text).not.toContain(r.email);
    }
    expect(rowsOf(wb.getWorksheet('Ledere')!)).toHaveLength(N.sectors[HELSE].expected);
  });

  it('the weekly digest to the programme team carries the overview’s numbers and opens oversikt', async () => {
    const { job } = makeJob(store, bot.config, { clock: () => p.now });
    const report = await job.run();
    expect(report.messages.find((m) => m.kind === 'owner_digest')?.content).toMatchObject({ numbers: { registered: N.registered, expected: N.expected, late: N.late } });
    const digest = connector
      .sentTo(personalConversationId(ADMIN))
      .flatMap(cardsIn)
      .find((c) => textOf(c).includes('Ukesoppsummering'));
    expect(textOf(digest)).toContain(`${N.registered} av ${N.expected} ledere har registrert tiltak`);
    const open = actionsIn(digest).find((a) => a.data?.verb === 'overviewOpen');
    expect(textOf(lastCard(await chat(ADMIN).press(open)))).toContain('Oversikt over innovasjonsprogrammet');
  });

  if (kind === 'embedded') {
    it('the CLI writes the same workbook as the one uploaded', async () => {
      const consentId = consentIdOf(await chat(ADMIN).say('eksport'));
      await bot.post(fileConsentInvoke(ADMIN, connector.url, consentId, 'accept', upload.url));
      const fromTeams = await openWorkbook(upload.uploads.at(-1)!.body);

      const dir = mkdtempSync(path.join(tmpdir(), 'overview-cli-'));
      const cliStore = new SqliteDocumentStore(dir);
      await cliStore.init();
      await seedStore(cliStore, p, connector.url);
      await cliStore.close();
      const out = path.join(dir, 'alle.xlsx');
      const env = { ...process.env, STORAGE: 'embedded', DATA_DIR: dir, LOG_LEVEL: 'silent', PROGRAMME_CYCLES: JSON.stringify(PROGRAMME_CYCLE) };
      const root = path.join(__dirname, '../..');
      await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['scripts/export.ts', '--out', out], { env, cwd: root });
      const fromCli = new ExcelJS.Workbook();
      await fromCli.xlsx.readFile(out);

      expect(fromCli.worksheets.map((s) => s.name)).toEqual(fromTeams.worksheets.map((s) => s.name));
      // Row for row, except the moment each was made (the CLI runs on the real clock).
      for (const name of ['Tiltak', 'KS-barometer', 'Statusrapporter', 'Ideer']) expect([name, rowsOf(fromCli.getWorksheet(name)!)]).toEqual([name, rowsOf(fromTeams.getWorksheet(name)!)]);
      const counts = (wb: ExcelJS.Workbook) => rowsOf(wb.getWorksheet('Sammendrag')!).filter((r) => r['Tall'] !== 'Laget');
      expect(counts(fromCli).map((r) => r['Tall'])).toEqual(counts(fromTeams).map((r) => r['Tall']));
      expect(rowsOf(fromCli.getWorksheet('Ledere')!).map((r) => r['E-post'])).toEqual(rowsOf(fromTeams.getWorksheet('Ledere')!).map((r) => r['E-post']));
    }, 60_000);
  }
});
