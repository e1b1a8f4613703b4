import { describe, expect, it } from 'vitest';
import { median, microsPerRequest, pairedCostRatio, summarise } from '../../scripts/bench/stats.js';

describe('median', () => {
  it('takes the middle value of an odd-length list whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle values of an even-length list', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of an empty list');
  });
});

describe('summarise', () => {
  it('reports the median cost per request, its reciprocal rate and the spread', () => {
    const slices = [
      { requests: 100, elapsedMs: 10 },
      { requests: 100, elapsedMs: 30 },
      { requests: 100, elapsedMs: 20 },
    ];

    expect(summarise(slices)).toEqual({
      medianMicros: 200,
      medianPerSecond: 5000,
      minMicros: 100,
      maxMicros: 300,
    });
  });

  it('converts a slice to microseconds per request', () => {
    expect(microsPerRequest({ requests: 4, elapsedMs: 2 })).toBe(500);
  });
});

describe('pairedCostRatio', () => {
  it('takes the median of round-by-round ratios so one noisy round does not decide', () => {
    const subject = [
      { requests: 10, elapsedMs: 12 },
      { requests: 10, elapsedMs: 90 },
      { requests: 10, elapsedMs: 22 },
    ];
    const baseline = [
      { requests: 10, elapsedMs: 10 },
      { requests: 10, elapsedMs: 10 },
      { requests: 10, elapsedMs: 20 },
    ];

    expect(pairedCostRatio(subject, baseline)).toBeCloseTo(1.2, 10);
  });

  it('refuses lists with different numbers of rounds', () => {
    const one = [{ requests: 1, elapsedMs: 1 }];
    expect(() => pairedCostRatio(one, [...one, ...one])).toThrow('rounds differ: 1 against 2');
  });
});
