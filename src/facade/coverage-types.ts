/**
 * Which Layer 2 method reaches each API operation: operationId to a short usage such as
 * `'chaster.locks.get(lockId)'`. Every resource module exports one as `coverage`.
 *
 * @example
 * ```ts
 * export const coverage = {
 *   LockController_findOne: 'chaster.locks.get(lockId)',
 * } satisfies Coverage;
 * ```
 */
export type Coverage = Readonly<Record<string, string>>;

/**
 * Operations Layer 2 deliberately does not offer: operationId to the reason.
 *
 * @example
 * ```ts
 * const skipped = { AuthController_login: 'Browser-only login flow' } satisfies SkippedCoverage;
 * ```
 */
export type SkippedCoverage = Readonly<Record<string, string>>;
