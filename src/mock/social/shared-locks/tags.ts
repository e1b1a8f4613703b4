/**
 * The tags a shared lock may carry, and the suggestions offered while typing one. The list is
 * the fake's own selection.
 */

/** Every tag, alphabetically. */
export const SHARED_LOCK_TAGS: readonly string[] = [
  'Beginner',
  'Bondage',
  'Chastity Month',
  'Chore',
  'Collar',
  'Contract',
  'Denial',
  'Fitness',
  'Gamble',
  'Game',
  'Gift',
  'Locktober',
  'Long term',
  'Luck',
  'Punishment',
  'Reward',
  'Roulette',
  'Short term',
  'Task',
  'Tease',
  'Training',
  'Weekend',
];

const MAX_SUGGESTIONS = 10;

/**
 * Tags containing `text`, ignoring case: those starting with it first, then the others, each
 * group alphabetically. Blank text suggests nothing.
 */
export function suggestTags(text: string): string[] {
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return [];

  const matching = SHARED_LOCK_TAGS.filter((tag) => tag.toLowerCase().includes(wanted));
  const starting = matching.filter((tag) => tag.toLowerCase().startsWith(wanted));
  const inside = matching.filter((tag) => !tag.toLowerCase().startsWith(wanted));
  return [...starting, ...inside].slice(0, MAX_SUGGESTIONS);
}
