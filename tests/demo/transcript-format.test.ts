import { describe, expect, it } from 'vitest';

import {
  formatDate,
  formatDuration,
  formatTimeChange,
  plural,
  redactToken,
} from '../../scripts/demo/transcript.js';

describe('the demo\'s formatting', () => {
  it('says durations to the minute, dropping minutes once days are counted', () => {
    expect(formatDuration(11_520_000)).toBe('3 h 12 min');
    expect(formatDuration(7_200_000)).toBe('2 h');
    expect(formatDuration(1_800_000)).toBe('30 min');
    expect(formatDuration(45_900)).toBe('45 s');
    expect(formatDuration(5 * 86_400_000 + 3_660_000)).toBe('5 d 1 h');
    expect(formatDuration(2 * 86_400_000 + 59_000)).toBe('2 d');
  });

  it('signs a change of time and calls zero no change', () => {
    expect(formatTimeChange(3600)).toBe('+1 h');
    expect(formatTimeChange(-1800)).toBe('-30 min');
    expect(formatTimeChange(0)).toBe('no change');
  });

  it('writes dates in UTC to the minute, and unknown for what it cannot read', () => {
    expect(formatDate('2024-06-01T17:12:30.000Z')).toBe('2024-06-01 17:12 UTC');
    expect(formatDate(Date.UTC(2024, 0, 2, 3, 4))).toBe('2024-01-02 03:04 UTC');
    expect(formatDate(null)).toBe('unknown');
    expect(formatDate('not a date')).toBe('unknown');
  });

  it('shows at most four characters of a token, and none of a short one', () => {
    const token = 'a1b2c3d4e5f6g7h8i9j0';

    expect(redactToken(token)).toBe('a1b2… (20 characters)');
    expect(redactToken('short-token')).toBe('… (11 characters)');
  });

  it('counts nouns in the singular and the plural', () => {
    expect(plural(1, 'wearer lock')).toBe('1 wearer lock');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });
});
