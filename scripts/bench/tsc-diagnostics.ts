/**
 * Reads the counters `tsc --extendedDiagnostics` prints after a compile.
 */

/** The counters of one compile. */
export interface CompileCounts {
  /** Source and declaration files in the program, the standard library's included. */
  files: number;

  /** Types the checker created. */
  types: number;

  /** Generic instantiations the checker performed. */
  instantiations: number;

  /** Seconds spent checking, as tsc rounds them. */
  checkSeconds: number;

  /** The first line of each error tsc reported; the counts mean little when there are any. */
  errors: string[];
}

/**
 * Parses tsc's output.
 *
 * @throws {Error} when a counter is missing, which means tsc did not get to the end.
 */
export function parseExtendedDiagnostics(output: string): CompileCounts {
  const errors = output.split('\n').filter((line) => /error TS\d+:/.test(line));

  return {
    files: readCounter(output, 'Files'),
    types: readCounter(output, 'Types'),
    instantiations: readCounter(output, 'Instantiations'),
    checkSeconds: readCounter(output, 'Check time'),
    errors: errors.map((line) => line.trim()),
  };
}

function readCounter(output: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+([\\d.]+)s?\\s*$`, 'm').exec(output);
  if (match?.[1] === undefined) throw new Error(`tsc printed no "${name}" counter`);
  return Number(match[1]);
}
