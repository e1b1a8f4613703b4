import { describe, expect, it } from 'vitest';

import { operationTable } from '../../generated/operations.js';
import { describeTimeChange, formatDuration } from '../../src/mock/domain/durations.js';
import { regularActionStatus } from '../../src/mock/domain/regular-actions.js';
import { createVirtualClock } from '../../src/mock/engine/clock.js';
import { createIdFactory, createSeededRandom } from '../../src/mock/engine/random.js';
import { createRouter } from '../../src/mock/engine/router.js';
import { createScheduler } from '../../src/mock/engine/scheduler.js';
import type { ExtensionPartyRecord } from '../../src/mock/index.js';

describe('router', () => {
  const router = createRouter(operationTable);

  it('matches a template and decodes its parameters', () => {
    const match = router.match('GET', '/users/profile/some%20one/details');

    expect(match?.operation.operationId).toBe('ProfileController_getUserProfile');
    expect(match?.params).toEqual({ username: 'some one' });
  });

  it('prefers literal segments wherever they occur', () => {
    expect(router.match('GET', '/users/profile/by-id/abc')?.operation.operationId).toBe(
      'ProfileController_getUserById',
    );
    expect(router.match('GET', '/users/profile/by-id')?.operation.operationId).toBe(
      'ProfileController_getUser',
    );
    expect(router.match('POST', '/locks/search')?.operation.operationId).toBe(
      'LockSearchController_search',
    );
    expect(router.match('GET', '/locks/search')?.operation.operationId).toBe(
      'LockController_findOne',
    );
  });

  it('finds nothing for an empty parameter or an unknown method', () => {
    expect(router.match('GET', '/locks//combination')).toBeUndefined();
    expect(router.match('PATCH', '/locks')).toBeUndefined();
  });
});

describe('virtual clock', () => {
  it('runs due timers in order, each at its own time, and leaves later ones', () => {
    const scheduler = createScheduler();
    const clock = createVirtualClock(1000, scheduler);
    const seen: [string, number][] = [];
    scheduler.schedule(3000, 'late', () => seen.push(['late', clock.now()]));
    scheduler.schedule(2000, 'early', () => seen.push(['early', clock.now()]));
    scheduler.schedule(9000, 'later', () => seen.push(['later', clock.now()]));

    clock.advance(5000);

    expect(seen).toEqual([['early', 2000], ['late', 3000]]);
    expect(clock.now()).toBe(6000);
    expect(scheduler.pending().map((timer) => timer.label)).toEqual(['later']);
  });

  it('runs timers that a timer schedules when they fall due on the same move', () => {
    const scheduler = createScheduler();
    const clock = createVirtualClock(0, scheduler);
    const seen: number[] = [];
    scheduler.schedule(10, 'first', () => {
      seen.push(clock.now());
      scheduler.schedule(20, 'second', () => seen.push(clock.now()));
    });

    clock.advance(30);

    expect(seen).toEqual([10, 20]);
  });

  it('moves back without running anything and refuses negative advances', () => {
    const scheduler = createScheduler();
    const clock = createVirtualClock(5000, scheduler);
    let ran = false;
    scheduler.schedule(4000, 'past', () => {
      ran = true;
    });

    clock.set('1970-01-01T00:00:01.000Z');

    expect(clock.now()).toBe(1000);
    expect(ran).toBe(false);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.set('not a date')).toThrow(RangeError);
  });

  it('forgets a cancelled timer', () => {
    const scheduler = createScheduler();
    const clock = createVirtualClock(0, scheduler);
    let ran = false;
    const id = scheduler.schedule(5, 'cancelled', () => {
      ran = true;
    });

    scheduler.cancel(id);
    clock.advance(10);

    expect(ran).toBe(false);
  });
});

describe('seeded randomness', () => {
  it('repeats a sequence for a seed and keeps integers in range', () => {
    const first = createSeededRandom(7);
    const second = createSeededRandom(7);
    const rolls = Array.from({ length: 200 }, () => first.int(1, 6));

    expect(Array.from({ length: 200 }, () => second.int(1, 6))).toEqual(rolls);
    expect(new Set(rolls)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('gives independent streams for the same seed', () => {
    const domain = createSeededRandom(7, 0);
    const faults = createSeededRandom(7, 1);

    expect(domain.next()).not.toBe(faults.next());
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createSeededRandom(1).pick([])).toThrow(RangeError);
  });

  it('makes 24-hex ids that sort in creation order', () => {
    const ids = createIdFactory(3);
    const made = Array.from({ length: 20 }, () => ids.next());

    expect(made.every((id) => /^[0-9a-f]{24}$/.test(id))).toBe(true);
    expect([...made].sort()).toEqual(made);
  });
});

function party(mode: ExtensionPartyRecord['mode'], actionTimes: number[]): ExtensionPartyRecord {
  return {
    id: 'p',
    slug: 'dice',
    config: {},
    mode,
    regularity: 100,
    userData: null,
    createdAt: 0,
    updatedAt: 0,
    actionTimes,
    state: undefined,
  };
}

describe('regular actions', () => {
  it('reports -1 and no date for unlimited extensions', () => {
    expect(regularActionStatus(party('unlimited', [1, 2, 3]), 50)).toEqual({
      nbActionsRemaining: -1,
      nextActionDate: null,
    });
  });

  it('grants one action per period in non-cumulative mode', () => {
    expect(regularActionStatus(party('non_cumulative', []), 250_000)).toEqual({
      nbActionsRemaining: 1,
      nextActionDate: null,
    });
    expect(regularActionStatus(party('non_cumulative', [210_000]), 250_000)).toEqual({
      nbActionsRemaining: 0,
      nextActionDate: 300_000,
    });
  });

  it('accumulates unused actions in cumulative mode', () => {
    expect(regularActionStatus(party('cumulative', [10]), 250_000).nbActionsRemaining).toBe(2);
    expect(regularActionStatus(party('cumulative', [1, 2, 3]), 250_000)).toEqual({
      nbActionsRemaining: 0,
      nextActionDate: 300_000,
    });
  });

  it('waits a full period after the last action in turn mode', () => {
    expect(regularActionStatus(party('turn', [150_000]), 200_000)).toEqual({
      nbActionsRemaining: 0,
      nextActionDate: 250_000,
    });
    expect(regularActionStatus(party('turn', [150_000]), 250_000).nbActionsRemaining).toBe(1);
  });
});

describe('durations in words', () => {
  it('uses the two largest units', () => {
    expect(formatDuration(3600)).toBe('1 hour');
    expect(formatDuration(93_784)).toBe('1 day 2 hours');
    expect(formatDuration(90)).toBe('1 minute 30 seconds');
    expect(formatDuration(0)).toBe('0 seconds');
  });

  it('words a signed change', () => {
    expect(describeTimeChange(-1800)).toBe('Removed 30 minutes');
    expect(describeTimeChange(7200)).toBe('Added 2 hours');
    expect(describeTimeChange(0)).toBe('No change');
  });
});
