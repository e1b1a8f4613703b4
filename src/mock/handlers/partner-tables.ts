/**
 * The Extensions API, the developer portal and the configuration pages, as one table for
 * `handlers/index.ts`. The parts answer disjoint operations.
 */
import type { HandlerTable } from '../engine/types.js';
import { partnerConfigurationHandlers } from './partner-configurations.js';
import { partnerDeveloperHandlers } from './partner-developer.js';
import { partnerInteractionHandlers } from './partner-interactions.js';
import { partnerPageHandlers } from './partner-pages.js';
import { partnerSessionActionHandlers } from './partner-session-actions.js';
import { partnerSessionHandlers } from './partner-sessions.js';

/** Every handler of the partner domain. */
export const partnerHandlers: HandlerTable = {
  ...partnerDeveloperHandlers,
  ...partnerPageHandlers,
  ...partnerConfigurationHandlers,
  ...partnerSessionHandlers,
  ...partnerSessionActionHandlers,
  ...partnerInteractionHandlers,
};
