/**
 * Seeded randomness for the fake Chaster, so that two fakes built with the same seed spin the
 * same wheels, roll the same dice and fail the same requests.
 */

/** A deterministic source of numbers. */
export interface SeededRandom {
  /** A float in `[0, 1)`. */
  next(): number;

  /** An integer between `min` and `max`, both included. */
  int(min: number, max: number): number;

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;

  /** `true` with the given probability (0 to 1). */
  chance(probability: number): boolean;
}

// Mulberry32: one 32-bit word of state, a good spread for tests and a period of 2^32.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Builds a generator from a seed. Different `stream` numbers give independent sequences from
 * the same seed, so turning on random failures does not change the outcome of a dice roll.
 *
 * @example
 * ```ts
 * const random = createSeededRandom(42);
 * random.int(1, 6); // the same face every run
 * ```
 */
export function createSeededRandom(seed: number, stream = 0): SeededRandom {
  const next = mulberry32(seed ^ Math.imul(stream + 1, 0x9e3779b9));

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (probability) => next() < probability,
  };
}

/** Hands out ids that look like MongoDB ObjectIds: 24 lower-case hex digits. */
export interface IdFactory {
  /** The next id; ids from one factory sort in the order they were made. */
  next(): string;
}

/**
 * Ids are a prefix derived from the seed followed by a counter, so they are reproducible, unique
 * within one world, and sort by creation: history pagination compares them like Chaster
 * compares ObjectIds.
 */
export function createIdFactory(seed: number): IdFactory {
  const prefix = Math.floor(mulberry32(seed ^ 0x5bd1e995)() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
  let counter = 0;

  return {
    next() {
      counter += 1;
      return prefix + counter.toString(16).padStart(16, '0');
    },
  };
}
