/**
 * Verification pictures: the keyholder asks for one (a seeded six-character code the wearer
 * writes next to the device), the wearer submits it as a multipart upload. Submissions are not
 * limited by regular actions in the fake. Requests write no history entry; submissions write
 * `verification_picture_submitted`.
 */
import { appendLog } from '../domain/history.js';
import type { Actor } from '../domain/history.js';
import type { ExtensionPartyRecord, LockRecord } from '../world/records.js';
import type { VerificationPictureRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { partyState } from './settings.js';
import type { ExtensionDefinition } from './types.js';

interface PictureState {
  /** The code of the keyholder's pending request; `null` when none is pending. */
  requestedCode: string | null;
}

const SLUG = 'verification-picture';
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function pictureState(party: ExtensionPartyRecord): PictureState {
  return partyState(party, () => ({ requestedCode: null }));
}

function newCode(world: World): string {
  return Array.from({ length: 6 }, () => world.random.pick([...CODE_ALPHABET])).join('');
}

/** The lock's verification-picture extension, if enabled. */
export function pictureParty(lock: LockRecord): ExtensionPartyRecord | undefined {
  return lock.extensions.find((party) => party.slug === SLUG);
}

/** What the wearer uploaded. */
export interface PictureUpload {
  filename: string;
  /** Whether the picture shows the requested code. */
  withCode: boolean;
}

/** Stores a submitted picture and answers the pending request, if any. */
export function submitPicture(
  world: World,
  lock: LockRecord,
  upload: PictureUpload,
  actor: Actor,
): VerificationPictureRecord {
  const party = pictureParty(lock);
  const state = party === undefined ? undefined : pictureState(party);
  const id = world.ids.next();
  const picture: VerificationPictureRecord = {
    imageKey: `verification-pictures/${id}.jpg`,
    filename: upload.filename,
    verificationCode: upload.withCode ? (state?.requestedCode ?? newCode(world)) : '',
    submittedAt: world.clock.now(),
  };

  lock.verificationPictures.push(picture);
  if (state) state.requestedCode = null;

  appendLog(world, lock, {
    type: 'verification_picture_submitted',
    actor,
    title: '%USER% sent a verification picture',
    description: picture.verificationCode ? `Code ${picture.verificationCode}` : 'Without code',
    icon: 'camera',
    payload: { imageKey: picture.imageKey, verificationCode: picture.verificationCode },
    extension: SLUG,
  });
  return picture;
}

/** The verification-picture extension. */
export const verificationPicture: ExtensionDefinition = {
  slug: SLUG,

  actions: {
    createVerificationRequest: {
      roles: ['keyholder'],
      run({ world, party }) {
        pictureState(party).requestedCode = newCode(world);
        return undefined;
      },
    },
  },

  describeConfig: (config) => `Visible to ${typeof config.visibility === 'string'
    ? config.visibility
    : 'all'}`,

  homeActions({ party }) {
    if (pictureState(party).requestedCode === null) return [];
    return [
      {
        slug: SLUG,
        title: 'Verification picture',
        description: 'Your keyholder asked for a picture',
        icon: 'camera',
        badge: '1',
      },
    ];
  },
};
