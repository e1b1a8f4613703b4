import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { FileInput } from '../files.js';
import type { SignalOptions } from '../options.js';
import { assertText } from './inputs.js';
import { toMultipart, toNamedFile } from './multipart.js';
import type { CombinationCreated } from './schemas.js';

/** Options of {@link CombinationsResource.uploadImage}. */
export interface UploadCombinationImageOptions extends SignalOptions {
  /**
   * Asks for the manual check of the picture (a Premium feature).
   * @default the server's default (no manual check)
   */
  enableManualCheck?: boolean;
}

/**
 * Combinations (`chaster.combinations`): store the code or the picture of the key's lock box
 * before creating a lock, and pass the returned id as the lock's `combination`.
 *
 * @example
 * ```ts
 * const { combinationId } = await chaster.combinations.createCode('4096');
 * await chaster.locks.create({ ...settings, combination: combinationId });
 * ```
 */
export class CombinationsResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.combinations` holds, over the Layer 1 client of `context`; `Chaster` does
   * this for you.
   *
   * @example
   * ```ts
   * const combinations = new CombinationsResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Stores a code combination.
   *
   * @throws {ChasterUsageError} for an empty code, before any request.
   * @example
   * ```ts
   * const { combinationId } = await chaster.combinations.createCode('0420');
   * ```
   */
  async createCode(code: string, options: SignalOptions = {}): Promise<CombinationCreated> {
    assertText(code, 'code', 'combinations.createCode');

    return unwrap(await this.context.client.POST('/combinations/code', {
      body: { code },
      signal: options.signal,
    }));
  }

  /**
   * Stores a picture of the combination, sent as a multipart upload.
   *
   * @throws {ChasterUsageError} when the input is not a file, before any request.
   * @example
   * ```ts
   * const { combinationId } = await chaster.combinations.uploadImage({
   *   data: await readFile('code.jpg'), filename: 'code.jpg',
   * });
   * ```
   */
  async uploadImage(
    file: FileInput,
    options: UploadCombinationImageOptions = {},
  ): Promise<CombinationCreated> {
    const body = options.enableManualCheck === undefined
      ? { file: toNamedFile(file) }
      : { file: toNamedFile(file), enableManualCheck: options.enableManualCheck };

    return unwrap(await this.context.client.POST('/combinations/image', {
      body,
      bodySerializer: toMultipart,
      signal: options.signal,
    }));
  }
}

/** How each Combinations operation is reached. */
export const coverage = {
  CombinationController_createCode: 'chaster.combinations.createCode(code)',
  CombinationController_uploadImage: 'chaster.combinations.uploadImage(file)',
} satisfies Coverage;
