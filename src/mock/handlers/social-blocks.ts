/**
 * Blocks: the users the caller blocked, blocking and unblocking (both idempotent), and where
 * the caller stands with another user.
 */
import { badRequest } from '../engine/http-error.js';
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isString, validateBody } from '../engine/validation.js';
import { blockInteraction, blocksBy, blockUser, unblockUser } from '../social/blocks.js';
import { requireUser } from '../social/people.js';

const TARGET_RULES = { targetUserId: isString({ notEmpty: true }) };

/** Handlers for blocks. */
export const socialBlockHandlers: HandlerTable = {
  BlockController_findBlocks({ world, caller }) {
    const results = blocksBy(world, caller).flatMap((block) => {
      const target = world.users.get(block.targetId);
      return target === undefined
        ? []
        : [{ _id: target.id, username: target.username, avatarUrl: target.avatarUrl }];
    });
    return ok({ results });
  },

  BlockController_blockUser({ world, caller, request }) {
    const { targetUserId } = validateBody(request.body, TARGET_RULES);
    const target = requireUser(world, targetUserId);
    if (target.id === caller.id) throw badRequest('You cannot block yourself');

    blockUser(world, caller, target);
    return created();
  },

  BlockController_unblockUser({ world, caller, request }) {
    const { targetUserId } = validateBody(request.body, TARGET_RULES);

    unblockUser(world, caller, requireUser(world, targetUserId));
    return created();
  },

  BlockController_getBlockInteraction({ world, caller, param }) {
    const other = requireUser(world, param('targetUserId'));
    return ok(blockInteraction(world, caller, other));
  },
};
