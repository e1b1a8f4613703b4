/**
 * Every contract scenario. Each runs on its own freshly seeded fake; together they must touch
 * every operation the fake implements.
 */
import type { ContractScenario } from './harness.js';
import { lockScenario } from './lock-scenario.js';
import { socialScenario } from './social-scenario.js';
import { partnerScenario } from './partner-scenario.js';

/** The scenarios, by name. */
export const SCENARIOS: Readonly<Record<string, ContractScenario>> = {
  locks: lockScenario,
  social: socialScenario,
  partner: partnerScenario,
};
