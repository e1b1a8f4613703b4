import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import type { ExtensionCatalogEntry } from './schemas.js';

/**
 * Chaster's extension catalog (`chaster.extensions`): every extension a lock can enable, built-in
 * and partner ones, with their slugs, modes and default configurations.
 *
 * @example
 * ```ts
 * const catalog = await chaster.extensions.list();
 * const dice = catalog.find((extension) => extension.slug === 'dice');
 * ```
 */
export class ExtensionsCatalogResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.extensions` holds, over the Layer 1 client of `context`; `Chaster` does
   * this for you.
   *
   * @example
   * ```ts
   * const catalog = new ExtensionsCatalogResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Lists the catalog. It changes rarely, so a long-running program may read it once and keep it.
   *
   * @example
   * ```ts
   * const partners = (await chaster.extensions.list()).filter((extension) => extension.isPartner);
   * ```
   */
  async list(options: SignalOptions = {}): Promise<ExtensionCatalogEntry[]> {
    const extensions = unwrap(await this.context.client.GET('/extensions', {
      signal: options.signal,
    }));
    return extensions;
  }
}

/** How each Extensions (catalog) operation is reached. */
export const coverage = {
  ExtensionListController_getExtensions: 'chaster.extensions.list()',
} satisfies Coverage;
