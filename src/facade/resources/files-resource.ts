import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { FileInput } from '../files.js';
import type { SignalOptions } from '../options.js';
import { assertText } from './inputs.js';
import { toMultipart, toNamedFile } from './multipart.js';
import type { FileLink, UploadedFiles } from './schemas.js';

/** Options of {@link FilesResource.upload}. */
export interface UploadFilesOptions extends SignalOptions {
  /**
   * Where the files are stored, in Chaster's words (the `type` field of the upload form). The
   * document lists no values; messaging attachments are the documented use.
   */
  type: string;
}

/**
 * Attachments (`chaster.files`): upload files to get a token that messages and posts accept,
 * and turn a stored file's key into its URL.
 *
 * @example
 * ```ts
 * const { token } = await chaster.files.upload([photo], { type: 'messaging' });
 * await conversation.send('Proof attached', { attachments: token });
 * ```
 */
export class FilesResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.files` holds, over the Layer 1 client of `context`; `Chaster` does this
   * for you.
   *
   * @example
   * ```ts
   * const files = new FilesResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Uploads one or more files in a single multipart request.
   *
   * @param files - A file or a list of files: `Blob`s or `{ data, filename }`.
   * @returns The attachment token naming the uploaded files together.
   * @throws {ChasterUsageError} for an empty list, a blank `type` or an input that is not a file,
   * before any request.
   * @example
   * ```ts
   * const { token } = await chaster.files.upload(
   *   { data: await readFile('proof.jpg'), filename: 'proof.jpg' },
   *   { type: 'messaging' },
   * );
   * ```
   */
  async upload(
    files: FileInput | readonly FileInput[],
    options: UploadFilesOptions,
  ): Promise<UploadedFiles> {
    const list = isFileList(files) ? files : [files];
    if (list.length === 0) {
      throw new ChasterUsageError('files.upload needs at least one file, got an empty list');
    }
    assertText(options.type, 'type', 'files.upload');

    const body = { files: list.map(toNamedFile), type: options.type };
    return unwrap(await this.context.client.POST('/files/upload', {
      body,
      bodySerializer: toMultipart,
      signal: options.signal,
    }));
  }

  /**
   * Reads the URL of a stored file from its key.
   *
   * @throws {ChasterUsageError} for an empty key, before any request.
   * @example
   * ```ts
   * const { url } = await chaster.files.get(fileKey);
   * ```
   */
  async get(fileKey: string, options: SignalOptions = {}): Promise<FileLink> {
    assertText(fileKey, 'fileKey', 'files.get');

    return unwrap(await this.context.client.GET('/files/{fileKey}', {
      params: { path: { fileKey } },
      signal: options.signal,
    }));
  }
}

function isFileList(files: FileInput | readonly FileInput[]): files is readonly FileInput[] {
  return Array.isArray(files);
}

/** How each Files operation is reached. */
export const coverage = {
  StorageController_uploadFiles: 'chaster.files.upload(files, { type })',
  StorageController_getFileFromKey: 'chaster.files.get(fileKey)',
} satisfies Coverage;
