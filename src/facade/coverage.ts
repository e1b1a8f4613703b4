/**
 * Which Layer 2 method reaches each operation of the API, merged from every resource module's
 * own `coverage` declaration, and which operations Layer 2 leaves out on purpose.
 *
 * @module
 */
import { operationTable } from '../../generated/operations.js';
import type { Coverage, SkippedCoverage } from './coverage-types.js';
import { coverage as keyholder } from './keyholder.js';
import { coverage as locks } from './locks/coverage.js';
import { coverage as partner, skipped as partnerSkipped } from './partner/partner.js';
import { coverage as blocks } from './resources/blocks.js';
import { coverage as combinations } from './resources/combinations.js';
import { coverage as communityEvents } from './resources/community-events.js';
import { coverage as extensionsCatalog } from './resources/extensions-catalog.js';
import { coverage as files } from './resources/files-resource.js';
import { coverage as messaging } from './resources/messaging.js';
import { coverage as profile } from './resources/profile.js';
import { coverage as publicLocks } from './resources/public-locks.js';
import { coverage as reports } from './resources/reports.js';
import { coverage as sessionOffers } from './resources/session-offers.js';
import { coverage as settings } from './resources/settings.js';
import { coverage as sharedLocks } from './resources/shared-locks.js';
import { coverage as users } from './resources/users.js';

/**
 * Each module's declaration, by module, so that an operation claimed twice can be found.
 *
 * @example
 * ```ts
 * Object.keys(coverageByModule.locks);
 * ```
 */
export const coverageByModule: Readonly<Record<string, Coverage>> = {
  locks,
  keyholder,
  partner,
  blocks,
  combinations,
  communityEvents,
  extensionsCatalog,
  files,
  messaging,
  profile,
  publicLocks,
  reports,
  sessionOffers,
  settings,
  sharedLocks,
  users,
};

/**
 * Every operation Layer 2 reaches: operationId to how a user reaches it.
 *
 * @example
 * ```ts
 * facadeCoverage.LockController_findOne; // 'chaster.locks.get(lockId), lock.refresh()'
 * ```
 */
export const facadeCoverage: Coverage = Object.assign({}, ...Object.values(coverageByModule));

/** Operations left out for a reason other than deprecation. */
const deliberateSkips: SkippedCoverage = {
  ...partnerSkipped,
};

/**
 * Operations Layer 2 does not offer, with the reason: every deprecated operation, and those
 * left out on purpose. Layer 1 still reaches all of them.
 *
 * @example
 * ```ts
 * skippedOperations.PenaltyController_getPenalties; // 'Deprecated in the API document'
 * ```
 */
export const skippedOperations: SkippedCoverage = {
  ...Object.fromEntries(operationTable
    .filter((operation) => operation.deprecated && !(operation.operationId in facadeCoverage))
    .map((operation) => [operation.operationId, 'Deprecated in the API document'])),
  ...deliberateSkips,
};
