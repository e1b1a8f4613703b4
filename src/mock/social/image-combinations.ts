/**
 * Image combinations (`POST /combinations/image`): a photo of the key's hiding place instead of
 * a code. The fake keeps them apart from code combinations, so locks can only be started with
 * a code combination: `requireOwnCombination` answers 404 for an image combination's id.
 */
import { badRequest } from '../engine/http-error.js';
import type { ReceivedFile } from '../engine/types.js';
import type { UserRecord } from '../world/records.js';
import { domainStore } from '../world/world.js';
import type { World } from '../world/world.js';

/** A stored combination image. */
export interface ImageCombinationRecord {
  readonly id: string;
  readonly userId: string;
  readonly filename: string;
  readonly contentType: string;
  /** Whether a moderator checks the image (Premium only). */
  readonly enableManualCheck: boolean;
  readonly createdAt: number;
}

/** Image combinations by id. */
export function imageCombinations(world: World): Map<string, ImageCombinationRecord> {
  return domainStore(world, 'social.imageCombinations', () => new Map());
}

/** Stores `user`'s combination image; throws a 400 for a file that is not an image. */
export function storeImageCombination(
  world: World,
  user: UserRecord,
  file: ReceivedFile,
  enableManualCheck: boolean,
): ImageCombinationRecord {
  if (!file.contentType.startsWith('image/')) throw badRequest('The file must be an image');
  if (enableManualCheck && !user.isPremium) {
    throw badRequest('The manual check is only available with Premium');
  }

  const combination: ImageCombinationRecord = {
    id: world.ids.next(),
    userId: user.id,
    filename: file.filename,
    contentType: file.contentType,
    enableManualCheck,
    createdAt: world.clock.now(),
  };
  imageCombinations(world).set(combination.id, combination);
  return combination;
}
