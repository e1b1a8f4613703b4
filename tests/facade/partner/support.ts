import type { ExtensionSessionBody } from '../../../src/facade/partner/partner-types.js';
import type { LockForPublic } from '../../../src/facade/types.js';
import { loadFixture } from '../../fixtures/index.js';

/** A session id that is not an ObjectId, as Chaster hands out. */
export const SESSION_ID = 'V1StGXR8_Z5jdHi6B-myT';

/** Reads the captured lock body, to put inside session bodies. */
export async function fixtureLock(): Promise<LockForPublic> {
  return (await loadFixture('GET_locks_lockId.json')) as LockForPublic;
}

/** Builds a session body around a lock, with fields a test may override. */
export function sessionBody(
  lock: LockForPublic,
  overrides: Partial<ExtensionSessionBody> = {},
): ExtensionSessionBody {
  return {
    _id: '65b0c0ffee0000000000a001',
    sessionId: SESSION_ID,
    slug: 'daily-dice',
    displayName: 'Daily dice',
    summary: 'Roll every day',
    subtitle: 'A roll a day',
    icon: 'dice',
    isPartner: true,
    textConfig: '',
    config: { sides: 6 },
    data: { rolls: 2 },
    userData: null,
    metadata: {
      reasonsPreventingUnlocking: [],
      homeActions: [{ slug: 'roll', title: 'Roll', description: 'Roll the dice', icon: 'dice' }],
    },
    mode: 'non_cumulative',
    regularity: 3600,
    nbActionsRemaining: 1,
    nextActionDate: null,
    createdAt: '2024-01-12T00:42:23.550Z',
    updatedAt: '2024-01-12T00:42:23.550Z',
    lock,
    ...overrides,
  };
}
