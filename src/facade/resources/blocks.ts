import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import { assertText } from './inputs.js';
import type { BlockedUser, BlockInteraction } from './schemas.js';

/**
 * Blocked users (`chaster.blocks`): who the caller blocked, and whether two users may interact.
 *
 * @example
 * ```ts
 * const { canInteract } = await chaster.blocks.interaction(userId);
 * if (!canInteract) console.log('one of you blocked the other');
 * ```
 */
export class BlocksResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.blocks` holds, over the Layer 1 client of `context`; `Chaster` does this
   * for you.
   *
   * @example
   * ```ts
   * const blocks = new BlocksResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Lists the users the caller blocked.
   *
   * @example
   * ```ts
   * const names = (await chaster.blocks.list()).map((user) => user.username);
   * ```
   */
  async list(options: SignalOptions = {}): Promise<BlockedUser[]> {
    const blocks = unwrap(await this.context.client.GET('/blocks', { signal: options.signal }));
    return blocks.results;
  }

  /**
   * Blocks a user.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * await chaster.blocks.block(userId);
   * ```
   */
  async block(targetUserId: string, options: SignalOptions = {}): Promise<void> {
    assertText(targetUserId, 'targetUserId', 'blocks.block');

    unwrap(await this.context.client.POST('/blocks', {
      body: { targetUserId },
      signal: options.signal,
    }));
  }

  /**
   * Unblocks a user.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * await chaster.blocks.unblock(userId);
   * ```
   */
  async unblock(targetUserId: string, options: SignalOptions = {}): Promise<void> {
    assertText(targetUserId, 'targetUserId', 'blocks.unblock');

    unwrap(await this.context.client.POST('/blocks/unblock', {
      body: { targetUserId },
      signal: options.signal,
    }));
  }

  /**
   * Tells whether the caller and another user can interact, and who blocked whom.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * const { blockedByOtherUser } = await chaster.blocks.interaction(userId);
   * ```
   */
  async interaction(targetUserId: string, options: SignalOptions = {}): Promise<BlockInteraction> {
    assertText(targetUserId, 'targetUserId', 'blocks.interaction');

    return unwrap(await this.context.client.GET('/blocks/block-interaction/{targetUserId}', {
      params: { path: { targetUserId } },
      signal: options.signal,
    }));
  }
}

/** How each Blocks operation is reached. */
export const coverage = {
  BlockController_findBlocks: 'chaster.blocks.list()',
  BlockController_blockUser: 'chaster.blocks.block(targetUserId)',
  BlockController_unblockUser: 'chaster.blocks.unblock(targetUserId)',
  BlockController_getBlockInteraction: 'chaster.blocks.interaction(targetUserId)',
} satisfies Coverage;
