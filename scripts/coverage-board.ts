/**
 * `npm run coverage:board [-- --check] [-- --readme <file>]`
 *
 * Writes the coverage board into README.md, between `<!-- coverage:start -->` and
 * `<!-- coverage:end -->`: one row per API tag with how many operations the tag has, how many
 * Layer 1 types, Layer 2 reaches, the fake answers, and the tests mention. Every number is
 * computed from the code and files, never typed in. With `--check` it writes nothing and exits 1
 * when the board in the README is missing or stale.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { operationTable, type OperationInfo } from '../generated/operations.js';
import { facadeCoverage } from '../src/facade/coverage.js';
import { REPO_ROOT } from './lib/repo-root.js';

const START = '<!-- coverage:start -->';
const END = '<!-- coverage:end -->';
const NOT_AVAILABLE = '–';
const SCANNED_EXTENSIONS = ['.ts', '.js', '.mjs', '.json', '.md'];

// Kept in a variable so that the type checker does not require the fake to exist.
const FAKE_REGISTRY = '../src/mock/handlers/index.js';

/** The sets of operationIds each column counts. */
interface BoardSources {
  readonly typed: ReadonlySet<string>;
  readonly facade: ReadonlySet<string>;
  readonly fake: ReadonlySet<string> | undefined;
  readonly tested: ReadonlySet<string>;
}

/** Operation ids that `generated/chaster.ts` declares in its `operations` interface. */
async function typedOperations(): Promise<Set<string>> {
  const source = await readFile(join(REPO_ROOT, 'generated', 'chaster.ts'), 'utf8');
  const body = source.split(/^export interface operations \{$/m)[1] ?? '';

  return new Set([...body.matchAll(/^ {4}([A-Za-z0-9_]+): \{$/gm)].map((match) => match[1] ?? ''));
}

/** Operation ids the fake's handler tables answer, or `undefined` when there is no fake. */
async function fakeOperations(): Promise<Set<string> | undefined> {
  let registry: unknown;
  try {
    registry = await import(FAKE_REGISTRY);
  } catch {
    return undefined;
  }

  const tables = (registry as { HANDLER_TABLES?: unknown }).HANDLER_TABLES;
  if (!Array.isArray(tables)) return undefined;

  const ids = tables.flatMap((table: unknown) =>
    typeof table === 'object' && table !== null ? Object.keys(table) : []);
  return new Set(ids);
}

/** Every text file under a folder, recursively, in a stable order. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];

  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...await filesUnder(path));
    else if (SCANNED_EXTENSIONS.some((extension) => entry.name.endsWith(extension))) {
      files.push(path);
    }
  }
  return files;
}

/**
 * Operations a test file names, by operationId or by quoted path template. The template must
 * stand between quotes so that `/locks` is not found inside `/locks/{lockId}`.
 */
async function testedOperations(): Promise<Set<string>> {
  const texts = await Promise.all(
    (await filesUnder(join(REPO_ROOT, 'tests'))).map((file) => readFile(file, 'utf8')),
  );
  const corpus = texts.join('\n');

  const tested = operationTable.filter((operation) => {
    const template = operation.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const quotedPath = new RegExp(`['"\`]${template}['"\`?]`);
    const idWord = new RegExp(`\\b${operation.operationId}\\b`);
    return quotedPath.test(corpus) || idWord.test(corpus);
  });
  return new Set(tested.map((operation) => operation.operationId));
}

function countIn(operations: readonly OperationInfo[], ids: ReadonlySet<string>): number {
  return operations.filter((operation) => ids.has(operation.operationId)).length;
}

function row(label: string, operations: readonly OperationInfo[], sources: BoardSources): string {
  const fake = sources.fake === undefined
    ? NOT_AVAILABLE
    : String(countIn(operations, sources.fake));

  const cells = [
    label,
    String(operations.length),
    String(countIn(operations, sources.typed)),
    String(countIn(operations, sources.facade)),
    fake,
    String(countIn(operations, sources.tested)),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The board as Markdown. An operation with two tags counts in both rows; the total counts it
 * once.
 */
function renderBoard(sources: BoardSources): string {
  const operations: readonly OperationInfo[] = operationTable;
  const tags = [...new Set(operations.flatMap((operation) => operation.tags))]
    .sort((a, b) => a.localeCompare(b));

  const lines = [
    '| API tag | Operations | Layer 1 (typed) | Layer 2 | Fake | Tests |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...tags.map((tag) => row(tag, operations.filter((op) => op.tags.includes(tag)), sources)),
    row('**All operations**', operations, sources),
  ];
  return lines.join('\n');
}

/** The README with the board between the markers, adding a section when they are missing. */
function placeBoard(readme: string, board: string): string {
  const block = `${START}\n${board}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);

  if (start === -1 || end < start) {
    return `${readme.trimEnd()}\n\n## Coverage\n\n${block}\n`;
  }
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

async function main(argv: readonly string[]): Promise<void> {
  const check = argv.includes('--check');
  const readmeIndex = argv.indexOf('--readme');
  const readmePath = readmeIndex === -1
    ? join(REPO_ROOT, 'README.md')
    : (argv[readmeIndex + 1] ?? '');

  const sources: BoardSources = {
    typed: await typedOperations(),
    facade: new Set(Object.keys(facadeCoverage)),
    fake: await fakeOperations(),
    tested: await testedOperations(),
  };
  const readme = await readFile(readmePath, 'utf8');
  const updated = placeBoard(readme, renderBoard(sources));
  const name = relative(REPO_ROOT, readmePath) || readmePath;

  if (check) {
    if (updated === readme) {
      process.stdout.write(`coverage:board: ${name} is up to date.\n`);
      return;
    }
    process.stderr.write(`coverage:board: ${name} is stale; run npm run coverage:board\n`);
    process.exitCode = 1;
    return;
  }

  if (updated !== readme) await writeFile(readmePath, updated);
  process.stdout.write(`coverage:board: wrote the board into ${name}.\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`coverage:board: ${reason}\n`);
  process.exitCode = 1;
});
