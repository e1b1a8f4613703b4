/**
 * Blocks between users. A block works both ways for interaction: neither user may message the
 * other, join the other's shared locks or send them keyholding offers, whoever blocked whom.
 */
import type { components } from '../../../generated/chaster.js';
import { forbidden } from '../engine/http-error.js';
import type { UserRecord } from '../world/records.js';
import { domainStore } from '../world/world.js';
import type { World } from '../world/world.js';

type BlockInteraction = components['schemas']['BlockInteraction'];

/** One user blocking another. */
export interface BlockRecord {
  readonly blockerId: string;
  readonly targetId: string;
  readonly createdAt: number;
}

function blocks(world: World): Map<string, BlockRecord> {
  return domainStore(world, 'social.blocks', () => new Map<string, BlockRecord>());
}

function keyOf(blockerId: string, targetId: string): string {
  return `${blockerId}>${targetId}`;
}

/** Records that `blocker` blocks `target`; blocking twice keeps the first block. */
export function blockUser(world: World, blocker: UserRecord, target: UserRecord): void {
  const key = keyOf(blocker.id, target.id);
  if (blocks(world).has(key)) return;

  const block = { blockerId: blocker.id, targetId: target.id, createdAt: world.clock.now() };
  blocks(world).set(key, block);
}

/** Lifts a block; lifting one that does not exist changes nothing. */
export function unblockUser(world: World, blocker: UserRecord, target: UserRecord): void {
  blocks(world).delete(keyOf(blocker.id, target.id));
}

/** The blocks `blocker` made, oldest first. */
export function blocksBy(world: World, blocker: UserRecord): BlockRecord[] {
  return [...blocks(world).values()].filter((block) => block.blockerId === blocker.id);
}

/** Where two users stand, as `actor` sees it. */
export function blockInteraction(world: World, actor: UserRecord, other: UserRecord) {
  const blockedByActionUser = blocks(world).has(keyOf(actor.id, other.id));
  const blockedByOtherUser = blocks(world).has(keyOf(other.id, actor.id));
  const interaction: BlockInteraction = {
    blockedByActionUser,
    blockedByOtherUser,
    canInteract: !blockedByActionUser && !blockedByOtherUser,
  };
  return interaction;
}

/** Throws a 403 when either user blocked the other. */
export function requireCanInteract(world: World, actor: UserRecord, other: UserRecord): void {
  if (!blockInteraction(world, actor, other).canInteract) {
    throw forbidden('You cannot interact with this user');
  }
}
