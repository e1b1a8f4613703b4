/**
 * Uploaded files (`POST /files/upload`). An upload answers a token that messages take as
 * `attachments`; each file also gets a key that `GET /files/{fileKey}` turns into a URL.
 * Only descriptions are kept, never the bytes. Verification pictures' image keys resolve too.
 */
import { forbidden, notFound } from '../engine/http-error.js';
import type { ReceivedFile } from '../engine/types.js';
import type { UserRecord } from '../world/records.js';
import { domainStore } from '../world/world.js';
import type { World } from '../world/world.js';

/** One stored file. */
export interface StoredFile {
  /** A single path segment, e.g. `messaging-65a0...1.jpg`. */
  readonly key: string;
  readonly ownerId: string;
  /** The storage the client named (`type` in the form). */
  readonly storage: string;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly createdAt: number;
}

/** One upload: its token and the files it brought. */
export interface UploadRecord {
  readonly token: string;
  readonly ownerId: string;
  readonly fileKeys: readonly string[];
  readonly createdAt: number;
}

interface FileState {
  files: Map<string, StoredFile>;
  uploads: Map<string, UploadRecord>;
}

const FILE_HOST = 'https://files.example.com';

function fileState(world: World): FileState {
  return domainStore(world, 'social.files', () => ({ files: new Map(), uploads: new Map() }));
}

function extensionOf(filename: string): string {
  const match = /\.[A-Za-z0-9]{1,8}$/.exec(filename);
  return match === null ? '' : match[0].toLowerCase();
}

/** Stores the files of one upload and returns its token. */
export function storeUpload(
  world: World,
  owner: UserRecord,
  storage: string,
  received: readonly ReceivedFile[],
): UploadRecord {
  const now = world.clock.now();
  const { files, uploads } = fileState(world);
  const safeStorage = storage.replace(/[^A-Za-z0-9_-]/g, '_');

  const stored = received.map((file): StoredFile => ({
    key: `${safeStorage}-${world.ids.next()}${extensionOf(file.filename)}`,
    ownerId: owner.id,
    storage,
    filename: file.filename,
    contentType: file.contentType,
    size: file.size,
    createdAt: now,
  }));
  for (const file of stored) files.set(file.key, file);

  const upload: UploadRecord = {
    token: world.ids.next(),
    ownerId: owner.id,
    fileKeys: stored.map((file) => file.key),
    createdAt: now,
  };
  uploads.set(upload.token, upload);
  return upload;
}

/** The download URL of a file key. */
export function fileUrl(key: string): string {
  return `${FILE_HOST}/${encodeURIComponent(key)}`;
}

/** Whether a key names an uploaded file or a verification picture. */
export function isKnownFileKey(world: World, key: string): boolean {
  if (fileState(world).files.has(key)) return true;

  return [...world.locks.values()].some((lock) =>
    lock.verificationPictures.some((picture) => picture.imageKey === key));
}

/** The URLs of an upload's files, for a message `owner` sends: 404 unknown, 403 not theirs. */
export function attachmentUrls(world: World, owner: UserRecord, token: string): string[] {
  const upload = fileState(world).uploads.get(token);
  if (upload === undefined) throw notFound('Attachments not found');
  if (upload.ownerId !== owner.id) throw forbidden();

  return upload.fileKeys.map(fileUrl);
}
