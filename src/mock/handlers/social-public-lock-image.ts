/**
 * A shared lock's picture (`GET /public-locks/images/{sharedLockId}`), answered as a small PNG.
 * The reply body is bytes, which the response encoder must send as they are.
 */
import type { HandlerTable } from '../engine/types.js';
import { solidPng } from '../social/png.js';
import { requireOpenSharedLock } from '../social/shared-locks/records.js';

/** The handler for the shared-lock picture. */
export const socialPublicLockImageHandlers: HandlerTable = {
  PublicLockController_getSharedLockImage({ world, caller: _signedIn, param }) {
    const sharedLock = requireOpenSharedLock(world, param('sharedLockId'));

    return {
      status: 200,
      body: solidPng(sharedLock.id),
      headers: { 'content-type': 'image/png' },
    };
  },
};
