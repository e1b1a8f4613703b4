import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import type { AppSettings } from './schemas.js';

/**
 * Chaster's application settings (`chaster.settings`): limits of free accounts, feature
 * switches, the running community event, the server's time and version.
 *
 * @example
 * ```ts
 * const { nonPremiumMaxExtensions, features } = await chaster.settings.get();
 * ```
 */
export class SettingsResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.settings` holds, over the Layer 1 client of `context`; `Chaster` does this
   * for you.
   *
   * @example
   * ```ts
   * const settings = new SettingsResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Reads the settings. `features` carries switches newer than the document: compare against
   * strings rather than expecting a closed list.
   *
   * @example
   * ```ts
   * const settings = await chaster.settings.get();
   * const skew = Date.parse(settings.time) - Date.now();
   * ```
   */
  async get(options: SignalOptions = {}): Promise<AppSettings> {
    const settings = unwrap(await this.context.client.GET('/settings', {
      signal: options.signal,
    }));
    return settings;
  }
}

/** How each Settings operation is reached. */
export const coverage = {
  SettingsController_getAppSettings: 'chaster.settings.get()',
} satisfies Coverage;
