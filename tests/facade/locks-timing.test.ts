import { describe, expect, it } from 'vitest';
import { Lock } from '../../src/facade/locks/lock.js';
import { endsAt, isTimerDone, remainingTime } from '../../src/facade/locks/lock-timing.js';
import { lockBody } from './support/lock-bodies.js';
import { createStubClient } from './support/stub-client.js';

const END = '2024-01-12T02:38:41.000Z';
const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('remaining time of a lock', () => {
  it('counts down to the end date from now', () => {
    const lock = { status: 'locked', endDate: END, isFrozen: false, frozenAt: null };

    expect(remainingTime(lock, { now: at('2024-01-12T01:38:41.000Z') })).toBe(HOUR);
  });

  it('accepts the clock as a Date', () => {
    const lock = { status: 'locked', endDate: END, isFrozen: false, frozenAt: null };

    expect(remainingTime(lock, { now: new Date('2024-01-12T02:38:40.000Z') })).toBe(1_000);
  });

  it('is 0, never negative, once the end date has passed', () => {
    const lock = { status: 'locked', endDate: END, isFrozen: false, frozenAt: null };

    expect(remainingTime(lock, { now: at('2024-01-13T00:00:00.000Z') })).toBe(0);
    expect(isTimerDone(lock, { now: at('2024-01-13T00:00:00.000Z') })).toBe(true);
  });

  it('stops counting while frozen: what was left at the freeze, whatever the clock', () => {
    const lock = {
      status: 'locked', endDate: END, isFrozen: true, frozenAt: '2024-01-12T00:38:41.000Z',
    };

    expect(remainingTime(lock, { now: at('2024-01-12T01:00:00.000Z') })).toBe(2 * HOUR);
    expect(remainingTime(lock, { now: at('2030-01-01T00:00:00.000Z') })).toBe(2 * HOUR);
    expect(isTimerDone(lock, { now: at('2030-01-01T00:00:00.000Z') })).toBe(false);
  });

  it('moves a frozen lock\'s end with the clock', () => {
    const lock = {
      status: 'locked', endDate: END, isFrozen: true, frozenAt: '2024-01-12T00:38:41.000Z',
    };

    const end = endsAt(lock, { now: at('2024-02-01T00:00:00.000Z') });

    expect(end?.toISOString()).toBe('2024-02-01T02:00:00.000Z');
  });

  it('is unknown (null), never a number, when the timer is hidden', () => {
    const lock = { status: 'locked', endDate: null, isFrozen: false, frozenAt: null };

    expect(remainingTime(lock)).toBeNull();
    expect(endsAt(lock)).toBeNull();
    expect(isTimerDone(lock)).toBeNull();
  });

  it('is unknown for a frozen lock whose freeze date is missing', () => {
    const lock = { status: 'locked', endDate: END, isFrozen: true, frozenAt: null };

    expect(remainingTime(lock)).toBeNull();
  });

  it('is 0 once the lock is unlocked', () => {
    const lock = { status: 'unlocked', endDate: END, isFrozen: false, frozenAt: null };

    expect(remainingTime(lock, { now: at('2024-01-12T00:00:00.000Z') })).toBe(0);
  });

  it('gives the end date of a running lock', () => {
    const lock = { status: 'locked', endDate: END, isFrozen: false, frozenAt: null };

    expect(endsAt(lock)?.toISOString()).toBe(END);
  });
});

describe('Lock timer getters', () => {
  it('compute from the captured lock body with an injected clock', () => {
    const lock = new Lock(createStubClient().context, lockBody());

    expect(lock.remainingTime({ now: at('2024-01-12T02:00:00.000Z') })).toBe(2_321_000);
    expect(lock.isTimerDone({ now: at('2024-01-12T02:00:00.000Z') })).toBe(false);
    expect(lock.endsAt()?.toISOString()).toBe(END);
    expect(lock.isTimerHidden).toBe(false);
    expect(lock.canBeUnlocked).toBe(false);
  });

  it('report a hidden timer from a body with no end date', () => {
    const lock = new Lock(createStubClient().context, lockBody({ endDate: null }));

    expect(lock.isTimerHidden).toBe(true);
    expect(lock.remainingTime()).toBeNull();
  });

  it('expose the body and friendly fields', () => {
    const body = lockBody({ slugs: ['dice'] });
    const lock = new Lock(createStubClient().context, body);

    expect(lock.data).toBe(body);
    expect([lock.id, lock.status, lock.role]).toEqual([body._id, 'locked', 'wearer']);
    expect(lock.wearer.username).toBe('user_017');
    expect(lock.keyholder).toBeNull();
    expect(lock.extensions.slugs()).toEqual(['dice']);
    expect(JSON.parse(JSON.stringify(lock))).toEqual(body);
  });
});
