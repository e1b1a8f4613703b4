import { describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { act, HOUR_MS } from './support.js';

async function spinAndRoll(mock: MockChaster): Promise<unknown[]> {
  const { wes } = mock.users;
  const outcomes: unknown[] = [];

  for (let round = 0; round < 6; round += 1) {
    outcomes.push((await act(mock, wes, mock.locks.wes, 'wheel-of-fortune', 'submit')).body);
    outcomes.push((await act(mock, wes, mock.locks.wes, 'dice', 'submit')).body);
    mock.clock.advance(HOUR_MS);
  }
  return outcomes;
}

describe('determinism', () => {
  it('gives the same spins and rolls to two mocks with the same seed', async () => {
    const first = await spinAndRoll(createMockChaster({ seed: 42 }));
    const second = await spinAndRoll(createMockChaster({ seed: 42 }));

    expect(second).toEqual(first);
  });

  it('gives different outcomes to different seeds', async () => {
    const first = await spinAndRoll(createMockChaster({ seed: 1 }));
    const second = await spinAndRoll(createMockChaster({ seed: 2 }));

    expect(second).not.toEqual(first);
  });

  it('makes the same ids from the same seed and different ones from another', () => {
    const first = createMockChaster({ seed: 5 });
    const second = createMockChaster({ seed: 5 });
    const other = createMockChaster({ seed: 6 });

    expect(second.locks.wes.id).toBe(first.locks.wes.id);
    expect(first.locks.wes.id).toMatch(/^[0-9a-f]{24}$/);
    expect(other.locks.wes.id).not.toBe(first.locks.wes.id);
  });

  it('starts the clock at the given time', () => {
    const mock = createMockChaster({ startTime: '2030-01-01T00:00:00.000Z' });

    expect(mock.clock.now()).toBe(Date.parse('2030-01-01T00:00:00.000Z'));
  });

  it('resets to the seeded world, clock and outcomes', async () => {
    const mock = createMockChaster({ seed: 9 });
    const start = mock.clock.now();
    const lockId = mock.locks.wes.id;
    const first = await spinAndRoll(mock);
    mock.createUser({ username: 'extra' });

    mock.reset();
    const again = await spinAndRoll(mock);

    expect(again).toEqual(first);
    expect(mock.locks.wes.id).toBe(lockId);
    expect(mock.clock.now()).toBe(start + 6 * HOUR_MS);
    expect([...mock.state.users.values()].map((user) => user.username)).toEqual([
      'kim',
      'wes',
      'sam',
      'vic',
      'dev',
    ]);
  });

  it('keeps the random 500s off the domain generator', async () => {
    const quiet = createMockChaster({ seed: 3 });
    const noisy = createMockChaster({ seed: 3 });
    noisy.faults.errorRate = 0.5;

    // Retry through the noise until every action went through, then compare outcomes.
    const outcomes = async (mock: MockChaster) => {
      const results: unknown[] = [];
      while (results.length < 4) {
        const result = await act(mock, mock.users.sam, mock.locks.sam, 'dice', 'submit');
        if (result.status === 201) results.push(result.body);
      }
      return results;
    };

    expect(await outcomes(noisy)).toEqual(await outcomes(quiet));
  });
});

describe('reset and random failures', () => {
  it('replays the same random 500s after a reset', async () => {
    const mock = createMockChaster({ seed: 4 });
    const statuses = async () => {
      mock.faults.errorRate = 0.5;
      const seen: number[] = [];
      for (let index = 0; index < 12; index += 1) {
        seen.push((await mock.fetch('/settings')).status);
      }
      return seen;
    };

    const first = await statuses();
    mock.reset();
    const again = await statuses();

    expect(again).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 500]));
  });
});
