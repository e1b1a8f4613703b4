/**
 * Bundle sizes of Layer 1 as a browser application would ship it: minified, tree-shaken ESM
 * bundles with openapi-fetch inside, measured raw and gzipped.
 *
 * The budget applies to what a Layer 1 user ships: the client factory, `unwrap` and the error
 * classes. The whole of `src/index.ts` (which also re-exports the OAuth helpers, the pipeline's
 * operation table and, later, Layer 2) is reported for information, without a budget.
 *
 * Node built-ins (`node:*`) are left out of the bundle rather than failing the build, and the
 * report names them: a browser cannot load them, so any listed one is a portability defect to
 * fix in the library, not a size to count.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildFailure, type BuildOptions, type Metafile } from 'esbuild';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIBRARY_ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** Gzipped bytes the Layer 1 bundle must stay within. */
export const GZIP_BUDGET_BYTES = 12 * 1024;

/**
 * The dependency alone, used so tree-shaking keeps what a real client pulls in: openapi-fetch
 * routed through a fetch of its own, as Layer 1 does.
 */
export const REFERENCE_ENTRY = [
  "import createClient from 'openapi-fetch';",
  "import ky from 'ky';",
  'export const client = createClient({',
  "  baseUrl: 'https://api.chaster.app',",
  '  fetch: (request) => ky(request, { retry: 2 }),',
  '});',
].join('\n');

/** The error family a Layer 1 user catches and matches on. */
const ERROR_EXPORTS = [
  'ChasterError',
  'isChasterError',
  'ChasterUsageError',
  'ChasterResponseError',
  'ChasterConnectionError',
  'ChasterTimeoutError',
  'ChasterAbortError',
  'ChasterApiError',
  'ChasterBadRequestError',
  'ChasterAuthenticationError',
  'ChasterPermissionError',
  'ChasterNotFoundError',
  'ChasterConflictError',
  'ChasterUnprocessableError',
  'ChasterRateLimitError',
  'ChasterServerError',
];

/** An application using Layer 1: a client, `unwrap`, and the error classes it matches on. */
export const LAYER1_ENTRY = [
  `import { createChasterClient, unwrap, ${ERROR_EXPORTS.join(', ')} } from './src/index.ts';`,
  'export const client = createChasterClient({ token: globalThis.token });',
  `export { unwrap, ${ERROR_EXPORTS.join(', ')} };`,
].join('\n');

/** An application that imports only the client factory from the library. */
export const CLIENT_ONLY_ENTRY = [
  "import { createChasterClient } from './src/index.ts';",
  'export const client = createChasterClient({ token: globalThis.token });',
].join('\n');

/** Size of one bundle, or why it was not built. */
export interface BundleSize {
  /** What was bundled. */
  label: string;

  /** Minified bytes; absent when skipped. */
  rawBytes?: number;

  /** Minified bytes after gzip level 9; absent when skipped. */
  gzipBytes?: number;

  /** Gzipped bytes this bundle must stay within, when it has a budget. */
  gzipBudgetBytes?: number;

  /** The inputs that take the most minified bytes, largest first: where to cut first. */
  largestInputs?: Array<{ path: string; bytes: number }>;

  /** Node built-ins the bundle imports, left outside it; absent when there are none. */
  nodeBuiltins?: string[];

  /** Why the bundle was not built. */
  skipped?: string;
}

const SHARED_OPTIONS: BuildOptions = {
  bundle: true,
  minify: true,
  treeShaking: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: ['node:*'],
  metafile: true,
  write: false,
  logLevel: 'silent',
  absWorkingDir: PROJECT_ROOT,
};

/** Bundles {@link LAYER1_ENTRY}: the size budgeted at 12 KiB gzip. */
export function measureLayer1Bundle(): Promise<BundleSize> {
  return measureLibrary(
    {
      label: 'chaster-sdk Layer 1 (client, unwrap, error classes)',
      gzipBudgetBytes: GZIP_BUDGET_BYTES,
    },
    { stdin: { contents: LAYER1_ENTRY, resolveDir: PROJECT_ROOT, loader: 'ts' } },
  );
}

/** Bundles an application that uses only `createChasterClient`, after tree-shaking. */
export function measureClientOnlyBundle(): Promise<BundleSize> {
  return measureLibrary(
    { label: 'chaster-sdk, createChasterClient only' },
    { stdin: { contents: CLIENT_ONLY_ENTRY, resolveDir: PROJECT_ROOT, loader: 'ts' } },
  );
}

/** Bundles the whole of `src/index.ts`, every export kept; for information, without a budget. */
export function measureFullIndexBundle(): Promise<BundleSize> {
  return measureLibrary(
    { label: 'chaster-sdk, all of src/index.ts' },
    { entryPoints: [LIBRARY_ENTRY] },
  );
}

/** Bundles {@link REFERENCE_ENTRY}: the floor that Layer 1's own code sits on. */
export async function measureReferenceBundle(): Promise<BundleSize> {
  const stdin = { contents: REFERENCE_ENTRY, resolveDir: PROJECT_ROOT, loader: 'js' as const };
  return { label: 'openapi-fetch + ky alone', ...(await bundleBytes({ stdin })) };
}

/** Every bundle the report shows, the budgeted Layer 1 bundle first. */
export async function measureAllBundles(): Promise<BundleSize[]> {
  return [
    await measureLayer1Bundle(),
    await measureClientOnlyBundle(),
    await measureFullIndexBundle(),
    await measureReferenceBundle(),
  ];
}

async function measureLibrary(
  named: Pick<BundleSize, 'label' | 'gzipBudgetBytes'>,
  entry: BuildOptions,
): Promise<BundleSize> {
  if (!existsSync(LIBRARY_ENTRY)) return { ...named, skipped: 'src/index.ts does not exist yet' };

  try {
    return { ...named, ...(await bundleBytes(entry)) };
  } catch (error) {
    return { ...named, skipped: `esbuild failed: ${describeFailure(error)}` };
  }
}

async function bundleBytes(entry: BuildOptions): Promise<Omit<BundleSize, 'label'>> {
  const result = await build({ ...SHARED_OPTIONS, ...entry });
  const code = Buffer.concat(
    (result.outputFiles ?? []).map((file) => Buffer.from(file.contents)),
  );
  const builtins = externalImports(result.metafile);

  return {
    rawBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    largestInputs: largestInputs(result.metafile, LARGEST_INPUTS_SHOWN),
    ...(builtins.length > 0 ? { nodeBuiltins: builtins } : {}),
  };
}

/** How many of the largest inputs the report names. */
const LARGEST_INPUTS_SHOWN = 4;

function largestInputs(
  metafile: Metafile | undefined,
  count: number,
): Array<{ path: string; bytes: number }> {
  const outputs = Object.values(metafile?.outputs ?? {});
  const sizes = outputs.flatMap((output) => Object.entries(output.inputs))
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }));
  return sizes.sort((left, right) => right.bytes - left.bytes).slice(0, count);
}

/**
 * The external imports left in the bundle itself. A module tree-shaken away still lists its
 * imports among the inputs, so only the output's imports say what a browser would have to load.
 */
function externalImports(metafile: Metafile | undefined): string[] {
  const paths = Object.values(metafile?.outputs ?? {})
    .flatMap((output) => output.imports)
    .filter((imported) => imported.external === true)
    .map((imported) => imported.path);
  return [...new Set(paths)].sort();
}

/** esbuild's own first message with its location beats the generic "Build failed" line. */
function describeFailure(error: unknown): string {
  const first = (error as Partial<BuildFailure>).errors?.[0];
  if (first === undefined) return error instanceof Error ? error.message : String(error);

  const where = first.location ? ` (${first.location.file}:${first.location.line})` : '';
  return `${first.text}${where}`;
}
