/**
 * Routes that belong to one built-in extension: the hygiene opening's combinations, the
 * verification pictures, and the penalty sessions.
 */
import { renderCombination, requireCombination } from '../domain/combinations.js';
import { requireOwnCombination } from '../domain/combinations.js';
import { catalogEntry } from '../domain/catalog.js';
import { actorOn } from '../domain/history.js';
import { requireLock, requireMember, requireRole, requireRunning } from '../domain/lock-access.js';
import { badRequest, forbidden, notFound } from '../engine/http-error.js';
import { created, MultipartBody, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isNumber, isString, optional, validateBody } from '../engine/validation.js';
import { periodsOf, renderPenaltySession, renderPeriod } from '../extensions/penalty.js';
import { isOpen, openingParty, relock } from '../extensions/temporary-opening.js';
import { pictureParty, submitPicture } from '../extensions/verification-picture.js';
import { requireParty } from './lock-extensions.js';

const PUNISHABLE_SLUGS = ['wheel-of-fortune', 'dice', 'tasks', 'verification-picture'];

/** Handlers for routes of single extensions. */
export const extensionRouteHandlers: HandlerTable = {
  TemporaryOpeningExtensionController_getCombination({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    const role = requireMember(lock, caller);
    if (openingParty(lock) === undefined) throw notFound('Extension not found');

    if (role === 'wearer' && !isOpen(lock)) {
      throw forbidden('The lock is not temporarily opened');
    }
    return ok(renderCombination(requireCombination(world, lock.combinationId)));
  },

  TemporaryOpeningExtensionController_setCombination({ world, caller, param, request }) {
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['wearer']);
    const { combinationId } = validateBody(request.body, {
      combinationId: isString({ notEmpty: true }),
    });

    const combination = requireOwnCombination(world, combinationId, caller);
    relock(world, lock, combination.id, actorOn(lock, caller));
    return created();
  },

  TemporaryOpeningController_getCombinationFromHistoryEntry({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    requireMember(lock, caller);

    const entry = lock.history.find((item) => item.id === param('actionLogId'));
    if (entry?.revealedCombinationId === undefined) throw notFound('Action log not found');
    return ok(renderCombination(requireCombination(world, entry.revealedCombinationId)));
  },

  VerificationPictureController_submitPicture({ world, caller, param, request }) {
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['wearer']);
    requireRunning(lock);
    if (pictureParty(lock) === undefined) {
      throw badRequest('The verification picture extension is not enabled');
    }

    const { body } = request;
    const file = body instanceof MultipartBody ? body.files.file : undefined;
    if (!(body instanceof MultipartBody) || file === undefined) {
      throw badRequest(['file should not be empty']);
    }

    const withCode = body.fields.enableVerificationCode !== 'false';
    submitPicture(world, lock, { filename: file.filename, withCode }, actorOn(lock, caller));
    return created();
  },

  VerificationPictureController_getVerificationPictures({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    requireMember(lock, caller);

    return ok([...lock.verificationPictures].reverse().map((picture) => ({
      imageKey: picture.imageKey,
      peerVerificationId: null,
      submittedAt: new Date(picture.submittedAt).toISOString(),
      verificationCode: picture.verificationCode || null,
      votes: null,
    })));
  },

  PenaltySessionController_find({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    requireMember(lock, caller);

    const party = requireParty(lock, param('extensionId'));
    if (party.slug !== 'penalty') throw notFound('Extension not found');
    return ok(renderPenaltySession(party));
  },

  PenaltySessionController_searchPenaltyPeriods({ world, caller, param, request }) {
    const lock = requireLock(world, param('lockId'));
    requireMember(lock, caller);
    const party = requireParty(lock, param('extensionId'));
    if (party.slug !== 'penalty') throw notFound('Extension not found');

    const query = validateBody(request.body, {
      habitName: isString(),
      limit: optional(isNumber({ min: 1, max: 100 })),
      cursor: optional(isString()),
    });
    const { cursor } = query;
    const all = periodsOf(party, query.habitName);
    const after = cursor === undefined ? all : all.filter((period) => period.id < cursor);
    const page = after.slice(0, query.limit ?? 50);

    return created({
      results: page.map(renderPeriod),
      count: all.length,
      hasMore: after.length > page.length,
    });
  },

  PunishableActionController_getPunishableActions: ({ caller: _signedIn }) =>
    ok(PUNISHABLE_SLUGS.map((slug) => {
      const entry = catalogEntry(slug);
      return {
        type: 'recurring',
        prefix: 'default',
        name: slug,
        habitName: slug,
        label: `Use ${entry?.displayName ?? slug}`,
        extension: {
          slug,
          displayName: entry?.displayName ?? slug,
          icon: entry?.icon ?? 'puzzle-piece',
          subtitle: entry?.subtitle ?? '',
        },
        paramsText: 'Number of actions required',
        punishmentText: 'Penalty for missing them',
      };
    })),
};
