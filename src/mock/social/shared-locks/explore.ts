/**
 * The explore page (`GET /explore/categories`): a few fixed categories, each filled with the
 * public shared locks that fit it at the time of the request.
 */
import type { World } from '../../world/world.js';
import { listedPublicLocks } from './public-search.js';
import type { SharedLockRecord } from './records.js';

/** A category and the shared locks it shows. */
export interface ExploreCategory {
  id: string;
  title: string;
  description: string;
  /** Chaster's category kind; the fake uses `featured` and `search`. */
  type: string;
  featured: boolean;
  /** A description of the category's search, `null` for a hand-picked one. */
  filter: string | null;
  nbItems: number;
  sharedLocks: SharedLockRecord[];
}

const DAY_SECONDS = 86_400;
const PER_CATEGORY = 8;
const CHANCE_EXTENSIONS = new Set(['dice', 'wheel-of-fortune']);

interface CategorySpec extends Omit<ExploreCategory, 'sharedLocks' | 'nbItems'> {
  fits(sharedLock: SharedLockRecord): boolean;
}

// Fixed ids: the categories are configuration, not state, and must not consume world ids.
const CATEGORIES: readonly CategorySpec[] = [
  {
    id: '00000000000000000000e001',
    title: 'Newest locks',
    description: 'Shared locks published most recently.',
    type: 'featured',
    featured: true,
    filter: null,
    fits: () => true,
  },
  {
    id: '00000000000000000000e002',
    title: 'A day or less',
    description: 'Shared locks that end within a day.',
    type: 'search',
    featured: false,
    filter: 'maxDuration<=86400',
    fits: (sharedLock) => sharedLock.minDate === null && sharedLock.maxDuration <= DAY_SECONDS,
  },
  {
    id: '00000000000000000000e003',
    title: 'Games of chance',
    description: 'Shared locks with dice or a wheel of fortune.',
    type: 'search',
    featured: false,
    filter: 'extensions=dice,wheel-of-fortune',
    fits: (sharedLock) =>
      sharedLock.extensions.some((extension) => CHANCE_EXTENSIONS.has(extension.slug)),
  },
];

/** The categories in display order, each with its newest fitting shared locks. */
export function exploreCategories(
  world: World,
  canSee: (creatorId: string) => boolean,
): ExploreCategory[] {
  const listed = listedPublicLocks(world).filter((sharedLock) => canSee(sharedLock.creatorId));

  return CATEGORIES.map(({ fits, ...category }) => ({
    ...category,
    nbItems: PER_CATEGORY,
    sharedLocks: listed.filter(fits).slice(0, PER_CATEGORY),
  }));
}
