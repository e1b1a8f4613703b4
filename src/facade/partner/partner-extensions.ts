import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { SignalOptions } from '../options.js';
import type {
  CreatePartnerExtensionInput, PartnerExtension, UpdatePartnerExtensionInput,
} from './partner-types.js';
import {
  assertBoolean, assertFiniteNumber, assertRecord, assertText, requireId,
} from './session-inputs.js';

/** Options of {@link PartnerExtensions.create}. */
export interface CreatePartnerExtensionOptions extends CreatePartnerExtensionInput, SignalOptions {}

/**
 * Your extensions in Chaster's developer portal (`chaster.partner.extensions`): list, read,
 * create, change and delete them. These routes need a developer token.
 *
 * @example
 * ```ts
 * const extensions = await chaster.partner.extensions.list();
 * ```
 */
export class PartnerExtensions {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.partner.extensions` holds, over the Layer 1 client of `context`; `Chaster`
   * does this for you.
   *
   * @example
   * ```ts
   * const portal = new PartnerExtensions({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Lists your extensions.
   *
   * @example
   * ```ts
   * const slugs = (await chaster.partner.extensions.list()).map((extension) => extension.slug);
   * ```
   */
  async list(options: SignalOptions = {}): Promise<PartnerExtension[]> {
    const body = unwrap(await this.context.client.GET('/api/developers/extensions', {
      signal: options.signal,
    }));

    return body;
  }

  /**
   * Reads one of your extensions.
   *
   * @example
   * ```ts
   * const { webhookUrl } = await chaster.partner.extensions.get(extensionId);
   * ```
   */
  async get(extensionId: string, options: SignalOptions = {}): Promise<PartnerExtension> {
    requireId('extensionId', extensionId);

    const body = unwrap(await this.context.client.GET('/api/developers/extensions/{extensionId}', {
      params: { path: { extensionId } },
      signal: options.signal,
    }));

    return body;
  }

  /**
   * Creates an extension; it starts as a test extension only you can use.
   *
   * @throws {ChasterUsageError} for a blank display name.
   * @example
   * ```ts
   * const extension = await chaster.partner.extensions.create({ displayName: 'Daily dice' });
   * ```
   */
  async create(options: CreatePartnerExtensionOptions): Promise<PartnerExtension> {
    const { signal, ...input } = options;
    assertText('displayName', input.displayName);

    const body = unwrap(await this.context.client.POST('/api/developers/extensions', {
      body: input,
      signal,
    }));

    return body;
  }

  /**
   * Changes an extension. `defaultRegularity`, `enableStartTimeout`, `isEnabled` and `isTesting`
   * are required because Chaster resets any of them left out to its default; read the extension
   * first to keep their current values.
   *
   * @example
   * ```ts
   * const current = await chaster.partner.extensions.get(extensionId);
   * await chaster.partner.extensions.update(extensionId, {
   *   defaultRegularity: current.defaultRegularity,
   *   enableStartTimeout: current.enableStartTimeout,
   *   isEnabled: current.isEnabled,
   *   isTesting: false,
   *   webhookUrl: 'https://example.org/chaster/webhook',
   * });
   * ```
   */
  async update(
    extensionId: string,
    changes: UpdatePartnerExtensionInput,
    options: SignalOptions = {},
  ): Promise<void> {
    requireId('extensionId', extensionId);
    assertRecord('changes', changes);
    assertResetFields(changes);

    unwrap(await this.context.client.PUT('/api/developers/extensions/{extensionId}', {
      params: { path: { extensionId } },
      body: changes,
      signal: options.signal,
    }));
  }

  /**
   * Deletes an extension.
   *
   * @example
   * ```ts
   * await chaster.partner.extensions.delete(extensionId);
   * ```
   */
  async delete(extensionId: string, options: SignalOptions = {}): Promise<void> {
    requireId('extensionId', extensionId);

    unwrap(await this.context.client.DELETE('/api/developers/extensions/{extensionId}', {
      params: { path: { extensionId } },
      signal: options.signal,
    }));
  }
}

/** Refuses an update that would let Chaster reset a setting to its default by leaving it out. */
function assertResetFields(changes: UpdatePartnerExtensionInput): void {
  assertFiniteNumber('defaultRegularity', changes.defaultRegularity);
  assertBoolean('enableStartTimeout', changes.enableStartTimeout);
  assertBoolean('isEnabled', changes.isEnabled);
  assertBoolean('isTesting', changes.isTesting);
}
