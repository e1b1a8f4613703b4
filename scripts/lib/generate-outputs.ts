/**
 * Everything `generated/` should hold, computed in memory from the document and the overlays.
 * The generate script writes it; the drift gate compares it with what is committed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { loadEffectiveDocument } from './effective-document.js';
import { markdownHeader, typescriptHeader } from './generated-header.js';
import type { Provenance } from './generated-header.js';
import {
  operationRows,
  renderClientIdOperations,
  renderOperationTable,
} from './operation-table.js';
import { overlaysHash } from './overlay.js';
import { sha256Hex } from './pull.js';
import { REPO_ROOT } from './repo-root.js';
import { generateTypes } from './typescript-output.js';

/** The generated files (paths relative to the root, e.g. `generated/chaster.ts`) and provenance. */
export interface GeneratedOutputs {
  /** File contents keyed by root-relative path. */
  files: Map<string, string>;
  /** The inputs they were made from. */
  provenance: Provenance;
}

const README_BODY = `# generated/

Everything in this folder is produced by \`npm run generate\` from \`openapi/chaster.json\` and the
overlays in \`openapi/overlays/\`. It is never edited by hand: change the document (\`npm run
spec:pull\`) or an overlay, then regenerate. \`npm run check:drift\` fails when these files do not
match their inputs.

- \`chaster.ts\`: openapi-typescript types for every path, operation and schema.
- \`operations.ts\`: a small runtime table of the operations (id, method, path, tags, flags).
- \`client-id-operations.ts\`: the operations that need the \`X-Chaster-Client-Id\` header, which is
  all the client itself needs of that table.
`;

/** The generator's name and version, read from its installed package.json. */
export async function generatorLabel(): Promise<string> {
  const manifestPath = join(REPO_ROOT, 'node_modules', 'openapi-typescript', 'package.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version?: unknown };

  return `openapi-typescript ${String(manifest.version)}`;
}

/**
 * Builds the contents of `generated/` for the document and overlays under `root`.
 *
 * @param root folder holding `openapi/`; defaults to the repository root.
 * @example const { files } = await generateOutputs();
 */
export async function generateOutputs(root: string = REPO_ROOT): Promise<GeneratedOutputs> {
  const { effective, overlays, documentText } = await loadEffectiveDocument(root);
  const info = (effective as { info?: { version?: unknown } }).info;

  const provenance: Provenance = {
    documentVersion: String(info?.version ?? 'unknown'),
    documentSha256: sha256Hex(documentText),
    overlaysSha256: overlaysHash(overlays),
    generator: await generatorLabel(),
  };
  const header = typescriptHeader(provenance);

  const types = await generateTypes(effective);
  const rows = operationRows(effective);

  const files = new Map<string, string>([
    ['generated/README.md', markdownHeader(provenance) + README_BODY],
    ['generated/chaster.ts', header + types],
    ['generated/operations.ts', header + renderOperationTable(rows)],
    ['generated/client-id-operations.ts', header + renderClientIdOperations(rows)],
  ]);

  return { files, provenance };
}
