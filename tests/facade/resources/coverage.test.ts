import { describe, expect, it } from 'vitest';
import { operationTable } from '../../../generated/operations.js';
import { coverage as blocks } from '../../../src/facade/resources/blocks.js';
import { coverage as combinations } from '../../../src/facade/resources/combinations.js';
import { coverage as communityEvents } from '../../../src/facade/resources/community-events.js';
import { coverage as extensions } from '../../../src/facade/resources/extensions-catalog.js';
import { coverage as files } from '../../../src/facade/resources/files-resource.js';
import { coverage as messaging } from '../../../src/facade/resources/messaging.js';
import { coverage as profile } from '../../../src/facade/resources/profile.js';
import { coverage as publicLocks } from '../../../src/facade/resources/public-locks.js';
import { coverage as reports } from '../../../src/facade/resources/reports.js';
import { coverage as sessionOffers } from '../../../src/facade/resources/session-offers.js';
import { coverage as settings } from '../../../src/facade/resources/settings.js';
import { coverage as sharedLocks } from '../../../src/facade/resources/shared-locks.js';
import { coverage as users } from '../../../src/facade/resources/users.js';

const TAGS = new Set([
  'Shared Locks', 'Public Locks', 'Profile', 'Users', 'Files', 'Combinations', 'Extensions',
  'Session Offer', 'Messaging', 'Community Events', 'Settings', 'Reports', 'Blocks',
]);

// Reached as chaster.locks.ofUser, which the locks resource declares.
const COVERED_ELSEWHERE = new Set(['LockVisitorController_getUserLocks']);

const declarations = [
  blocks, combinations, communityEvents, extensions, files, messaging, profile, publicLocks,
  reports, sessionOffers, settings, sharedLocks, users,
];

describe('coverage of the account-level groups', () => {
  it('maps every current operation of these tags, and nothing else', () => {
    const expected = operationTable
      .filter((operation) => operation.tags.some((tag) => TAGS.has(tag)))
      .filter((operation) => !operation.deprecated)
      .map((operation) => operation.operationId)
      .filter((operationId) => !COVERED_ELSEWHERE.has(operationId))
      .sort();

    const declared = declarations.flatMap((coverage) => Object.keys(coverage)).sort();

    expect(declared).toEqual(expected);
  });

  it('names a chaster property in every usage', () => {
    const usages = declarations.flatMap((coverage) => Object.values(coverage));

    expect(usages.filter((usage) => !/chaster\.[a-zA-Z]+\.[a-zA-Z]+\(/.test(usage))).toEqual([]);
  });
});
