/**
 * Regular actions: how often a wearer may act on an extension (spin, roll, draw a task).
 * Periods count from when the extension was enabled:
 *
 * - `unlimited`: always allowed; Chaster reports `-1` remaining and no next date.
 * - `non_cumulative`: one action per period of `regularity` seconds, lost if unused.
 * - `cumulative`: one action earned per period, kept until used.
 * - `turn`: one action, then the next only `regularity` seconds after the last one.
 *
 * With none left the fake answers 400 "No action remaining", the way NestJS rejects a request
 * it cannot honour; the Extensions API's own endpoint answers 422 instead.
 */
import { badRequest } from '../engine/http-error.js';
import type { ExtensionPartyRecord } from '../world/records.js';

/** Where an extension's regular actions stand. */
export interface RegularActionStatus {
  /** Actions available now; `-1` means unlimited. */
  nbActionsRemaining: number;
  /** When the next action becomes available, epoch ms; `null` when one is available now. */
  nextActionDate: number | null;
}

function lastAction(party: ExtensionPartyRecord): number | undefined {
  return party.actionTimes[party.actionTimes.length - 1];
}

/** The regular-action status of an extension at `now`. */
export function regularActionStatus(party: ExtensionPartyRecord, now: number): RegularActionStatus {
  const period = party.regularity * 1000;
  if (party.mode === 'unlimited' || period <= 0) {
    return { nbActionsRemaining: -1, nextActionDate: null };
  }

  const elapsedPeriods = Math.floor(Math.max(0, now - party.createdAt) / period);

  if (party.mode === 'cumulative') {
    const earned = elapsedPeriods + 1;
    const remaining = Math.max(0, earned - party.actionTimes.length);
    return {
      nbActionsRemaining: remaining,
      nextActionDate: remaining > 0 ? null : party.createdAt + earned * period,
    };
  }

  if (party.mode === 'turn') {
    const last = lastAction(party);
    const next = last === undefined ? now : last + period;
    return next <= now
      ? { nbActionsRemaining: 1, nextActionDate: null }
      : { nbActionsRemaining: 0, nextActionDate: next };
  }

  const periodStart = party.createdAt + elapsedPeriods * period;
  const used = (lastAction(party) ?? -Infinity) >= periodStart;
  return used
    ? { nbActionsRemaining: 0, nextActionDate: periodStart + period }
    : { nbActionsRemaining: 1, nextActionDate: null };
}

/** Throws a 400 when no regular action is left at `now`. */
export function requireRegularAction(party: ExtensionPartyRecord, now: number): void {
  if (regularActionStatus(party, now).nbActionsRemaining === 0) {
    throw badRequest('No action remaining');
  }
}

/** Records a regular action spent at `now` (after it succeeded, so a refused one is free). */
export function recordRegularAction(party: ExtensionPartyRecord, now: number): void {
  party.actionTimes.push(now);
}
