/**
 * The built-in extensions that have behaviour in the fake, by slug. Catalog entries without a
 * definition here (random events) can be enabled but do nothing.
 */
import { dice } from './dice.js';
import { guessTimer } from './guess-timer.js';
import { penalty } from './penalty.js';
import { pillory } from './pillory.js';
import { shareLink } from './share-link.js';
import { tasks } from './tasks.js';
import { temporaryOpening } from './temporary-opening.js';
import type { ExtensionDefinition } from './types.js';
import { verificationPicture } from './verification-picture.js';
import { wheelOfFortune } from './wheel-of-fortune.js';
import { partnerExtension } from '../partner/definition.js';

const DEFINITIONS: readonly ExtensionDefinition[] = [
  wheelOfFortune,
  dice,
  guessTimer,
  tasks,
  pillory,
  temporaryOpening,
  verificationPicture,
  shareLink,
  penalty,
];

const BY_SLUG = new Map(DEFINITIONS.map((definition) => [definition.slug, definition]));

/**
 * The behaviour of an extension: a built-in one by its slug, and any other slug as a partner
 * extension, whose session metadata supplies the unlock blockers and home actions.
 */
export function extensionDefinition(slug: string): ExtensionDefinition | undefined {
  return BY_SLUG.get(slug) ?? partnerExtension;
}
