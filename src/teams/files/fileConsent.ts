// Sending a file in personal chat the way Teams lets bots do it: a FileConsentCard asks the
// user; on accept Teams creates the file in their OneDrive and sends a fileConsent/invoke with
// an upload URL; the bot PUTs the bytes there (Content-Range) and posts a file info card.
// The offer lives in the store by consent id (with a TTL), and every step is claimed with a
// conditional write, so a retried invoke uploads once and sends one card or one answer.
import { randomUUID } from 'node:crypto';
import type { Activity, Attachment, TurnContext } from 'botbuilder';
import { t, type Locale } from '../../i18n';
import type { PendingFile, PendingFileRepository } from '../../storage/repositories/pendingFileRepository';

export const FILE_CONSENT_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.info';
export const FILE_CONSENT_INVOKE = 'fileConsent/invoke';

/** Offers nobody answered are removed after a day. */
export const PENDING_FILE_TTL_SECONDS = 24 * 3600;
/** An upload claim older than this was left by an instance that died; another may take it. */
export const UPLOAD_CLAIM_STALE_MS = 2 * 60_000;
/** Kept well under Cosmos DB's 2 MB document limit once base64-encoded. */
export const MAX_FILE_BYTES = 1_200_000;

/** Teams' upload URLs point at the user's OneDrive (SharePoint); nothing else gets the bytes. */
export const oneDriveOnly = (url: URL): boolean => url.protocol === 'https:' && /(^|\.)sharepoint\.com$/i.test(url.hostname);

export type Turn = Pick<TurnContext, 'activity' | 'sendActivity'>;

export interface FileConsentDeps {
  files: PendingFileRepository;
  now?: () => Date;
  /** Which upload URLs the bytes may be sent to (default: https on *.sharepoint.com). */
  isAllowedUploadUrl?: (url: URL) => boolean;
  fetch?: typeof fetch;
  /** Told about a failed upload (the user is told in the chat). */
  onError?: (err: unknown) => void;
}

export interface FileOffer {
  name: string;
  description: string;
  bytes: Buffer;
}

interface UploadInfo {
  name: string;
  uploadUrl: string;
  contentUrl: string;
  uniqueId: string;
  fileType: string;
}

export function fileConsentAttachment(file: PendingFile): Attachment {
  const context = { consentId: file.id };
  return {
    contentType: FILE_CONSENT_CONTENT_TYPE,
    name: file.name,
    content: { description: file.description, sizeInBytes: file.sizeInBytes, acceptContext: context, declineContext: context },
  };
}

export function fileInfoAttachment(info: UploadInfo): Attachment {
  return { contentType: FILE_INFO_CONTENT_TYPE, contentUrl: info.contentUrl, name: info.name, content: { uniqueId: info.uniqueId, fileType: info.fileType } };
}

function parseUploadInfo(value: unknown): UploadInfo | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const u = value as Record<string, unknown>;
  const fields = ['name', 'uploadUrl', 'contentUrl', 'uniqueId', 'fileType'] as const;
  if (!fields.every((f) => typeof u[f] === 'string' && (u[f] as string).length > 0 && (u[f] as string).length < 4000)) return undefined;
  return Object.fromEntries(fields.map((f) => [f, u[f]])) as unknown as UploadInfo;
}

export class FileConsentFlow {
  private readonly now: () => Date;
  private readonly allowed: (url: URL) => boolean;
  private readonly fetch: typeof fetch;

  constructor(private readonly deps: FileConsentDeps) {
    this.now = deps.now ?? (() => new Date());
    this.allowed = deps.isAllowedUploadUrl ?? oneDriveOnly;
    this.fetch = deps.fetch ?? fetch;
  }

  /** Stores the file and sends the consent card to the user of this (personal) turn. */
  async offer(turn: Turn, file: FileOffer, locale: Locale): Promise<string> {
    const owner = turn.activity.from?.aadObjectId;
    if (!owner) throw new Error('a file can only be offered to a known user');
    if (file.bytes.length > MAX_FILE_BYTES) throw new Error(`file too large to offer: ${file.bytes.length} bytes`);
    const stamp = this.now().toISOString();
    const pending: PendingFile = {
      id: randomUUID(),
      ownerAadObjectId: owner.toLowerCase(),
      name: file.name,
      description: file.description,
      sizeInBytes: file.bytes.length,
      contentBase64: file.bytes.toString('base64'),
      status: 'pending',
      createdAt: stamp,
      updatedAt: stamp,
      ttl: PENDING_FILE_TTL_SECONDS,
    };
    await this.deps.files.create(pending);
    await turn.sendActivity({ type: 'message', text: t(locale, 'files.offer'), attachments: [fileConsentAttachment(pending)] });
    return pending.id;
  }

  /** Answers a fileConsent/invoke; the returned status is the invoke response's. */
  async handleInvoke(turn: Turn, locale: Locale): Promise<{ status: number }> {
    const value = (turn.activity.value ?? {}) as Record<string, unknown>;
    const context = value.context as Record<string, unknown> | undefined;
    const consentId = typeof context?.consentId === 'string' ? context.consentId : undefined;
    const user = turn.activity.from?.aadObjectId?.toLowerCase();
    if (!consentId || !user || (value.action !== 'accept' && value.action !== 'decline')) return { status: 400 };
    const file = await this.deps.files.get(consentId);
    // Unknown, expired, or someone else's offer: say so without revealing which.
    if (!file || file.ownerAadObjectId !== user) {
      await turn.sendActivity(t(locale, 'files.expired'));
      return { status: 200 };
    }
    return value.action === 'decline' ? this.decline(turn, file, locale) : this.accept(turn, file, value.uploadInfo, locale);
  }

  private async decline(turn: Turn, file: PendingFile, locale: Locale): Promise<{ status: number }> {
    const { written } = await this.deps.files.update(file.id, (f) => (f.status === 'pending' ? { ...f, status: 'declined', contentBase64: '', updatedAt: this.now().toISOString() } : undefined));
    if (written) await turn.sendActivity(t(locale, 'files.declined'));
    return { status: 200 };
  }

  private async accept(turn: Turn, file: PendingFile, rawInfo: unknown, locale: Locale): Promise<{ status: number }> {
    const info = parseUploadInfo(rawInfo);
    let url: URL | undefined;
    try {
      url = info && new URL(info.uploadUrl);
    } catch {
      url = undefined;
    }
    if (!info || !url || !this.allowed(url)) return { status: 400 };
    const now = this.now();
    // Claim the upload: only one delivery of a retried invoke uploads and posts the card.
    const claim = await this.deps.files.update(file.id, (f) => {
      const stale = f.status === 'uploading' && f.claimedAt && now.getTime() - Date.parse(f.claimedAt) > UPLOAD_CLAIM_STALE_MS;
      if (f.status !== 'pending' && !stale) return undefined;
      return { ...f, status: 'uploading', claimedAt: now.toISOString(), updatedAt: now.toISOString() };
    });
    if (!claim.written || !claim.file) return { status: 200 };
    const bytes = Buffer.from(claim.file.contentBase64, 'base64');
    try {
      const res = await this.fetch(url, {
        method: 'PUT',
        headers: { 'Content-Length': String(bytes.length), 'Content-Range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
        body: bytes,
      });
      if (!res.ok) throw new Error(`upload answered ${res.status}`);
    } catch (err) {
      // Give the offer back, so that a retried invoke can try again.
      await this.deps.files.update(file.id, (f) => (f.status === 'uploading' ? { ...f, status: 'pending', claimedAt: undefined, updatedAt: this.now().toISOString() } : undefined));
      await turn.sendActivity(t(locale, 'files.uploadFailed'));
      this.deps.onError?.(err);
      return { status: 200 };
    }
    await this.deps.files.update(file.id, (f) => ({ ...f, status: 'uploaded', contentBase64: '', updatedAt: this.now().toISOString() }));
    await turn.sendActivity({ type: 'message', attachments: [fileInfoAttachment(info)] } as Partial<Activity>);
    return { status: 200 };
  }
}
