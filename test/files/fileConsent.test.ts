// The file consent flow against an upload endpoint on loopback, on both stores: the consent
// card, one upload with Content-Range on accept (also when Teams retries the invoke at once),
// the file info card, a polite answer on decline, and nothing for someone else's offer.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { workingTimePolicy } from '../../src/domain/calendar/policy';
import { exportProgramme } from '../../src/export/exportProgramme';
import { t, type StringKey } from '../../src/i18n';
import type { DocumentStore } from '../../src/storage/documentStore';
import { PendingFileRepository } from '../../src/storage/repositories/pendingFileRepository';
import { FILE_CONSENT_CONTENT_TYPE, FILE_INFO_CONTENT_TYPE, FileConsentFlow, oneDriveOnly, type Turn } from '../../src/teams/files/fileConsent';
import { seededProgramme } from '../../fixtures/overviewProgramme';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(() => stopSharedCosmosServer());

interface Upload {
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** A stand-in for the user's OneDrive: records PUTs; answers `status` (201 by default). */
async function startUploadServer(): Promise<{ url: string; uploads: Upload[]; status: { code: number }; stop(): Promise<void> }> {
  const uploads: Upload[] = [];
  const status = { code: 201 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'PUT') uploads.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      // Two calls: in a full jest run writeHead may be patched to return nothing.
      res.writeHead(status.code, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, uploads, status, stop: () => new Promise((r) => server.close(() => r())) };
}

const USER = 'aaaaaaaa-0000-4000-8000-000000000001';

function turnOf(from: string, value?: unknown): Turn & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    activity: { type: 'invoke', name: 'fileConsent/invoke', from: { id: `29:${from}`, aadObjectId: from }, value } as Turn['activity'],
    sendActivity: (async (a: unknown) => {
      sent.push(a);
      return { id: `act-${sent.length}` };
    }) as Turn['sendActivity'],
  };
}

const invokeValue = (consentId: string, action: 'accept' | 'decline', uploadUrl: string) => ({
  type: 'fileUpload',
  action,
  context: { consentId },
  uploadInfo:
    action === 'accept'
      ? { name: 'innovasjonsprogrammet.xlsx', uploadUrl, contentUrl: 'https://kommune.sharepoint.com/personal/x/innovasjonsprogrammet.xlsx', uniqueId: 'F1', fileType: 'xlsx' }
      : undefined,
});

describe.each(STORE_KINDS)('file consent flow (%s)', (kind) => {
  let store: DocumentStore;
  let upload: Awaited<ReturnType<typeof startUploadServer>>;
  let flow: FileConsentFlow;
  let files: PendingFileRepository;
  let bytes: Buffer;

  beforeAll(async () => {
    store = await freshStore(kind);
    await store.init();
    upload = await startUploadServer();
    files = new PendingFileRepository(store);
    flow = new FileConsentFlow({ files, isAllowedUploadUrl: (u) => u.hostname === '127.0.0.1', onError: () => undefined });
    const p = seededProgramme();
    bytes = (await exportProgramme(p, { now: p.now, policy: workingTimePolicy(), cycle: p.cycle }, (k, pr) => t('nb', k as StringKey, pr))).bytes;
  });
  afterAll(async () => {
    await upload.stop();
    await store.close();
  });
  beforeEach(() => {
    upload.uploads.length = 0;
    upload.status.code = 201;
  });

  async function offer(): Promise<string> {
    const turn = turnOf(USER);
    const id = await flow.offer(turn, { name: 'innovasjonsprogrammet.xlsx', description: 'Eksport', bytes }, 'nb');
    expect((turn.sent[0] as { text: string }).text).toBe(t('nb', 'files.offer'));
    const card = (turn.sent[0] as { attachments: Array<{ contentType: string; content: Record<string, unknown> }> }).attachments[0]!;
    expect(card.contentType).toBe(FILE_CONSENT_CONTENT_TYPE);
    expect(card.content).toMatchObject({ sizeInBytes: bytes.length, acceptContext: { consentId: id }, declineContext: { consentId: id } });
    return id;
  }

  it('keeps the offer in the store with a TTL', async () => {
    const id = await offer();
    const stored = await files.get(id);
    expect(stored).toMatchObject({ status: 'pending', ownerAadObjectId: USER, sizeInBytes: bytes.length, ttl: 86400 });
  });

  it('on accept uploads the workbook once with Content-Range and sends a file info card, even when the invoke comes three times', async () => {
    const id = await offer();
    const turns = [0, 1, 2].map(() => turnOf(USER, invokeValue(id, 'accept', `${upload.url}/upload/${id}`)));
    const answers = await Promise.all(turns.map((tu) => flow.handleInvoke(tu, 'nb')));
    expect(answers).toEqual([{ status: 200 }, { status: 200 }, { status: 200 }]);
    expect(upload.uploads).toHaveLength(1);
    const put = upload.uploads[0]!;
    expect(put.headers['content-range']).toBe(`bytes 0-${bytes.length - 1}/${bytes.length}`);
    expect(put.headers['content-length']).toBe(String(bytes.length));
    const cards = turns.flatMap((tu) => tu.sent) as Array<{ attachments?: Array<{ contentType: string; contentUrl: string; content: unknown }> }>;
    expect(cards).toHaveLength(1);
    expect(cards[0]!.attachments![0]).toMatchObject({ contentType: FILE_INFO_CONTENT_TYPE, contentUrl: expect.stringContaining('sharepoint'), content: { uniqueId: 'F1', fileType: 'xlsx' } });
    // The uploaded bytes are the workbook: open it and check it sheet by sheet.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(put.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Sammendrag', 'Tiltak', 'KS-barometer', 'Statusrapporter', 'Ideer', 'Ledere']);
    expect(wb.getWorksheet('Tiltak')!.rowCount).toBe(11);
    expect(wb.getWorksheet('Ledere')!.rowCount).toBe(9);
    expect((await files.get(id))).toMatchObject({ status: 'uploaded', contentBase64: '' });
    // A late retry after the upload changes nothing.
    const late = turnOf(USER, invokeValue(id, 'accept', `${upload.url}/upload/${id}`));
    await flow.handleInvoke(late, 'nb');
    expect(upload.uploads).toHaveLength(1);
    expect(late.sent).toEqual([]);
  });

  it('on decline answers politely once and drops the bytes', async () => {
    const id = await offer();
    const turns = [turnOf(USER, invokeValue(id, 'decline', '')), turnOf(USER, invokeValue(id, 'decline', ''))];
    await Promise.all(turns.map((tu) => flow.handleInvoke(tu, 'nb')));
    expect(turns.flatMap((tu) => tu.sent)).toEqual([t('nb', 'files.declined')]);
    expect(upload.uploads).toEqual([]);
    expect(await files.get(id)).toMatchObject({ status: 'declined', contentBase64: '' });
  });

  it('someone else’s accept uploads nothing', async () => {
    const id = await offer();
    const other = turnOf('bbbbbbbb-0000-4000-8000-000000000002', invokeValue(id, 'accept', `${upload.url}/upload/${id}`));
    await flow.handleInvoke(other, 'nb');
    expect(upload.uploads).toEqual([]);
    expect(other.sent).toEqual([t('nb', 'files.expired')]);
    expect((await files.get(id))!.status).toBe('pending');
  });

  it('refuses an upload URL outside the allowed hosts', async () => {
    const id = await offer();
    const turn = turnOf(USER, invokeValue(id, 'accept', 'http://127.0.0.2:9/elsewhere'));
    expect(await flow.handleInvoke(turn, 'nb')).toEqual({ status: 400 });
    expect(upload.uploads).toEqual([]);
    expect(oneDriveOnly(new URL('https://kommune-my.sharepoint.com/personal/x'))).toBe(true);
    expect(oneDriveOnly(new URL('http://kommune.sharepoint.com/x'))).toBe(false);
    expect(oneDriveOnly(new URL('https://sharepoint.com.evil.example/x'))).toBe(false);
  });

  it('a failed upload is told to the user and can be tried again', async () => {
    const id = await offer();
    upload.status.code = 500;
    const first = turnOf(USER, invokeValue(id, 'accept', `${upload.url}/upload/${id}`));
    await flow.handleInvoke(first, 'nb');
    expect(first.sent).toEqual([t('nb', 'files.uploadFailed')]);
    expect((await files.get(id))!.status).toBe('pending');
    upload.status.code = 201;
    const second = turnOf(USER, invokeValue(id, 'accept', `${upload.url}/upload/${id}`));
    await flow.handleInvoke(second, 'nb');
    expect(upload.uploads).toHaveLength(2);
    expect(second.sent).toHaveLength(1);
  });

  it('an unknown consent id gets the expired answer', async () => {
    const turn = turnOf(USER, invokeValue('no-such-offer', 'accept', `${upload.url}/x`));
    expect(await flow.handleInvoke(turn, 'nb')).toEqual({ status: 200 });
    expect(turn.sent).toEqual([t('nb', 'files.expired')]);
  });
});
