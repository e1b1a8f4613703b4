/**
 * Summary statistics over interleaved rounds.
 *
 * Medians, not means: one round disturbed by garbage collection or a noisy neighbour should not
 * move the headline number. Ratios are taken round by round (both clients ran minutes apart at
 * most, under the same conditions) and then their median is reported.
 */

/** One timed slice: how many requests one client completed and how long it took. */
export interface SliceTiming {
  /** Requests completed in the slice. */
  requests: number;

  /** Wall-clock duration of the slice in milliseconds. */
  elapsedMs: number;
}

/** Median and spread of one client's cost per request over the measured rounds. */
export interface ClientSummary {
  /** Median microseconds per request. */
  medianMicros: number;

  /**
   * Requests per second at the median cost. Taken as the reciprocal rather than a separate
   * median so that both columns agree when the number of rounds is even.
   */
  medianPerSecond: number;

  /** Fastest and slowest round in microseconds per request, to show how noisy the run was. */
  minMicros: number;
  maxMicros: number;
}

/** Median of a non-empty list; the mean of the two middle values for an even length. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');

  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** Microseconds per request of one slice. */
export function microsPerRequest(slice: SliceTiming): number {
  return (slice.elapsedMs * 1000) / slice.requests;
}

/** Summarises one client's measured rounds. */
export function summarise(slices: readonly SliceTiming[]): ClientSummary {
  const micros = slices.map(microsPerRequest);
  const medianMicros = median(micros);

  return {
    medianMicros,
    medianPerSecond: 1_000_000 / medianMicros,
    minMicros: Math.min(...micros),
    maxMicros: Math.max(...micros),
  };
}

/**
 * Median over rounds of (subject's cost per request ÷ baseline's cost per request).
 * Above 1 means the subject is slower than the baseline. Both lists are indexed by round.
 */
export function pairedCostRatio(
  subject: readonly SliceTiming[],
  baseline: readonly SliceTiming[],
): number {
  if (subject.length !== baseline.length) {
    throw new Error(`rounds differ: ${subject.length} against ${baseline.length}`);
  }

  const ratios = subject.map((slice, round) => {
    return microsPerRequest(slice) / microsPerRequest(baseline[round] as SliceTiming);
  });
  return median(ratios);
}
