/**
 * Regular actions through the Extensions API. The allowance is the lock's own (mode and
 * regularity of the session's extension record, counted by the shared regular-action rules);
 * the API adds payloads, and answers 422 with `SubmitRegularActionErrorDto` when none is left.
 * `nextActionDate` is the date the next action is allowed: now when one is available, as
 * Chaster's guide describes for the unlimited mode.
 */
import type { components } from '../../../generated/chaster.js';
import { isoDate } from '../domain/iso-date.js';
import { recordRegularAction, regularActionStatus } from '../domain/regular-actions.js';
import { MockHttpError } from '../engine/http-error.js';
import { countExtensionAction } from '../extensions/penalty.js';
import type { SessionScope } from './access.js';

type GetRegularActionsRepDto = components['schemas']['GetRegularActionsRepDto'];
type SubmitRegularActionErrorDto = components['schemas']['SubmitRegularActionErrorDto'];

const NONE_LEFT = 'You cannot submit a regular action because you do not have any action ' +
  'remaining. Please wait for the next regular action date and try again.';

/** The session's regular actions and allowance, as `GET .../regular-actions` sends them. */
export function renderRegularActions(scope: SessionScope): GetRegularActionsRepDto {
  const { world, session, party } = scope;
  const now = world.clock.now();
  const status = regularActionStatus(party, now);

  return {
    mode: party.mode,
    regularity: party.regularity,
    nbActionsRemaining: status.nbActionsRemaining,
    nextActionDate: isoDate(status.nextActionDate ?? now),
    actions: session.regularActions.map((action) => ({
      date: isoDate(action.date),
      payload: action.payload === null ? null : structuredClone(action.payload),
    })),
  };
}

/** Spends one regular action with its payload, or throws the 422 when none is left. */
export function submitRegularAction(scope: SessionScope, payload: Record<string, unknown>) {
  const { world, session, party, lock } = scope;
  const now = world.clock.now();
  const status = regularActionStatus(party, now);

  if (status.nbActionsRemaining === 0) {
    const body: SubmitRegularActionErrorDto = {
      message: NONE_LEFT,
      nbActionsRemaining: 0,
      nextActionDate: status.nextActionDate === null ? null : isoDate(status.nextActionDate),
      regularity: party.regularity,
      mode: party.mode,
    };
    throw new MockHttpError(422, body);
  }

  recordRegularAction(party, now);
  session.regularActions.push({ date: now, payload: structuredClone(payload) });
  countExtensionAction(lock, party.slug);
}
