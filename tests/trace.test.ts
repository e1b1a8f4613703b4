import { describe, expect, it } from 'vitest';

import { createTraceparent, isValidTraceparent } from '../src/trace.js';

describe('createTraceparent', () => {
  it('creates version 00 values with lower-case hex ids and the sampled flag', () => {
    const value = createTraceparent();

    expect(value).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(isValidTraceparent(value)).toBe(true);
  });

  it('creates distinct valid values across several pool refills', () => {
    const values = Array.from({ length: 1000 }, () => createTraceparent());

    expect(new Set(values).size).toBe(1000);
    expect(new Set(values.map((value) => value.slice(3, 35))).size).toBe(1000);
    expect(values.every(isValidTraceparent)).toBe(true);
  });
});

describe('isValidTraceparent', () => {
  const valid = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

  it('accepts the example from the W3C specification', () => {
    expect(isValidTraceparent(valid)).toBe(true);
  });

  it('rejects all-zero ids, version ff, upper case and wrong lengths', () => {
    const zeroTrace = '00-00000000000000000000000000000000-00f067aa0ba902b7-01';
    const zeroParent = '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01';

    expect(isValidTraceparent(zeroTrace)).toBe(false);
    expect(isValidTraceparent(zeroParent)).toBe(false);
    expect(isValidTraceparent(`ff${valid.slice(2)}`)).toBe(false);
    expect(isValidTraceparent(valid.toUpperCase())).toBe(false);
    expect(isValidTraceparent(valid.slice(0, -1))).toBe(false);
    expect(isValidTraceparent(undefined)).toBe(false);
  });

  it('accepts extra fields only after a later version', () => {
    expect(isValidTraceparent(`${valid}-extra`)).toBe(false);
    expect(isValidTraceparent(`01${valid.slice(2)}-extra`)).toBe(true);
  });
});
