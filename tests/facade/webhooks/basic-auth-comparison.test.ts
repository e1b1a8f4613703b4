import { beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyBasicAuth } from '../../../src/facade/webhooks/basic-auth.js';
import { basicHeader } from './events.js';

const comparisons = vi.hoisted(() => [] as [number, number][]);

vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();

  return {
    ...crypto,
    timingSafeEqual: (left: NodeJS.ArrayBufferView, right: NodeJS.ArrayBufferView) => {
      comparisons.push([left.byteLength, right.byteLength]);
      return crypto.timingSafeEqual(left, right);
    },
  };
});

beforeEach(() => {
  comparisons.length = 0;
});

describe('webhook credential comparison', () => {
  it('compares equal-length digests with timingSafeEqual, whatever the lengths presented', () => {
    const expected = { username: 'chaster', password: 'a-long-webhook-password' };

    expect(() => verifyBasicAuth({ authorization: basicHeader('c', 'p') }, expected)).toThrow();
    verifyBasicAuth({ authorization: basicHeader('chaster', 'a-long-webhook-password') }, expected);

    expect(comparisons).toEqual([[32, 32], [32, 32]]);
  });
});
