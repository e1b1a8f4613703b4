/**
 * A tiny `--name value` argument reader for the pipeline scripts.
 */

/** Flags given as `--name value` and the remaining positional arguments. */
export interface ParsedArgs {
  /** Values of `--name value` (or `--name=value`) pairs; the last occurrence wins. */
  flags: Map<string, string>;
  /** Arguments that are not flags or flag values, in order. */
  positional: string[];
}

/**
 * Splits command-line arguments into flags and positionals.
 *
 * @param allowed flag names (without dashes) the script understands.
 * @throws Error for an unknown flag or a flag without a value.
 * @example parseArgs(['--from', 'x.json', 'y'], ['from']) // flags from=x.json, positional [y]
 */
export function parseArgs(argv: readonly string[], allowed: readonly string[]): ParsedArgs {
  const flags = new Map<string, string>();
  const positional: string[] = [];

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;

    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }

    const [name, inline] = splitFlag(arg.slice(2));
    if (!allowed.includes(name)) throw new Error(`unknown option --${name}`);

    const value = inline ?? argv[index + 1];
    if (value === undefined) throw new Error(`option --${name} needs a value`);
    if (inline === undefined) index += 1;

    flags.set(name, value);
  }

  return { flags, positional };
}

function splitFlag(text: string): [string, string | undefined] {
  const equals = text.indexOf('=');
  if (equals === -1) return [text, undefined];
  return [text.slice(0, equals), text.slice(equals + 1)];
}
