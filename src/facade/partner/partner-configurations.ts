import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { SignalOptions } from '../options.js';
import type {
  CreatedPartnerConfiguration, PartnerConfiguration, PartnerConfigurationRole,
} from './partner-types.js';
import { assertRecord, requireId } from './session-inputs.js';

const SHARED_LOCK_CONFIGURATIONS =
  '/shared-locks/{sharedLockId}/partner-extensions/{partnerExtensionId}/partner-configurations';

/** Options of {@link PartnerConfigurations.createForLock}. */
export interface LockConfigurationOptions extends SignalOptions {
  /** The lock whose extension is being configured. */
  lockId: string;

  /** Your extension's id in the developer portal. */
  partnerExtensionId: string;
}

/** Options of {@link PartnerConfigurations.createForSharedLock}. */
export interface SharedLockConfigurationOptions extends SignalOptions {
  /** The shared lock whose extension is being configured. */
  sharedLockId: string;

  /** Your extension's id in the developer portal. */
  partnerExtensionId: string;
}

/** Options of {@link PartnerConfigurations.create}. */
export interface StandaloneConfigurationOptions extends SignalOptions {
  /** Your extension's id in the developer portal. */
  partnerExtensionId: string;

  /** Whom the configuration page is for: `wearer` or `keyholder`. */
  role: PartnerConfigurationRole;
}

/**
 * Configuration pages (`chaster.partner.configurations`). Chaster opens the extension's
 * configuration page with a token; the backend reads the configuration being edited and saves
 * the user's choice with it. The `create*` methods make such tokens for a lock, a shared lock or
 * a lock yet to be created.
 *
 * @example
 * ```ts
 * const { config } = await chaster.partner.configurations.get(configurationToken);
 * await chaster.partner.configurations.update(configurationToken, { ...config, spins: 3 });
 * ```
 */
export class PartnerConfigurations {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.partner.configurations` holds, over the Layer 1 client of `context`;
   * `Chaster` does this for you.
   *
   * @example
   * ```ts
   * const configurations = new PartnerConfigurations({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Reads the configuration a configuration page is editing.
   *
   * @param token - The token Chaster passed to the configuration page.
   * @example
   * ```ts
   * const { config, role, sessionId } = await chaster.partner.configurations.get(token);
   * ```
   */
  async get(token: string, options: SignalOptions = {}): Promise<PartnerConfiguration> {
    requireId('token', token);

    const body = unwrap(await this.context.client.GET('/api/extensions/configurations/{token}', {
      params: { path: { token } },
      signal: options.signal,
    }));

    return body;
  }

  /**
   * Saves the configuration chosen on a configuration page, replacing the one it was editing.
   *
   * @param token - The token Chaster passed to the configuration page.
   * @param config - The whole configuration.
   * @example
   * ```ts
   * await chaster.partner.configurations.update(token, { spins: 3, difficulty: 'hard' });
   * ```
   */
  async update(
    token: string,
    config: Record<string, unknown>,
    options: SignalOptions = {},
  ): Promise<PartnerConfiguration> {
    requireId('token', token);
    assertRecord('config', config);

    const body = unwrap(await this.context.client.PUT('/api/extensions/configurations/{token}', {
      params: { path: { token } },
      body: { config },
      signal: options.signal,
    }));

    return body;
  }

  /**
   * Creates a configuration token for your extension on a running lock.
   *
   * @example
   * ```ts
   * const { token } = await chaster.partner.configurations.createForLock({
   *   lockId, partnerExtensionId,
   * });
   * ```
   */
  async createForLock(options: LockConfigurationOptions): Promise<CreatedPartnerConfiguration> {
    const lockId = requireId('lockId', options.lockId);
    const partnerExtensionId = requireId('partnerExtensionId', options.partnerExtensionId);

    return unwrap(await this.context.client.POST(
      '/locks/{lockId}/partner-extensions/{partnerExtensionId}/partner-configurations',
      { params: { path: { lockId, partnerExtensionId } }, signal: options.signal },
    ));
  }

  /**
   * Creates a configuration token for your extension on a shared lock.
   *
   * @example
   * ```ts
   * const { token } = await chaster.partner.configurations.createForSharedLock({
   *   sharedLockId, partnerExtensionId,
   * });
   * ```
   */
  async createForSharedLock(
    options: SharedLockConfigurationOptions,
  ): Promise<CreatedPartnerConfiguration> {
    const sharedLockId = requireId('sharedLockId', options.sharedLockId);
    const partnerExtensionId = requireId('partnerExtensionId', options.partnerExtensionId);

    return unwrap(await this.context.client.POST(
      SHARED_LOCK_CONFIGURATIONS,
      { params: { path: { sharedLockId, partnerExtensionId } }, signal: options.signal },
    ));
  }

  /**
   * Creates a configuration token not tied to a lock, for a lock being set up.
   *
   * @example
   * ```ts
   * const { token } = await chaster.partner.configurations.create({
   *   partnerExtensionId, role: 'keyholder',
   * });
   * ```
   */
  async create(options: StandaloneConfigurationOptions): Promise<CreatedPartnerConfiguration> {
    const partnerExtensionId = requireId('partnerExtensionId', options.partnerExtensionId);
    const role = requireId('role', options.role);

    return unwrap(await this.context.client.POST(
      '/partner-extensions/{partnerExtensionId}/partner-configurations',
      { params: { path: { partnerExtensionId } }, body: { role }, signal: options.signal },
    ));
  }
}
