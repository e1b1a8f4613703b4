/**
 * The document the SDK is generated from: the committed spec with every overlay applied.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { applyOverlays, loadOverlays } from './overlay.js';
import type { LoadedOverlay } from './overlay.js';
import { OVERLAYS_DIR, REPO_ROOT, SPEC_FILE } from './repo-root.js';

/** The committed document, its overlays, and the result of applying them. */
export interface EffectiveDocument {
  /** The committed document as parsed from `openapi/chaster.json`. */
  document: unknown;
  /** The document after every overlay in `openapi/overlays/` was applied. */
  effective: unknown;
  /** The overlays applied, in order. */
  overlays: LoadedOverlay[];
  /** The exact text of `openapi/chaster.json`. */
  documentText: string;
}

/**
 * Reads `openapi/chaster.json` and applies the overlays under a root folder.
 *
 * @param root folder holding `openapi/`; defaults to the repository root.
 * @example const { effective } = await loadEffectiveDocument();
 */
export async function loadEffectiveDocument(root: string = REPO_ROOT): Promise<EffectiveDocument> {
  const documentText = await readFile(join(root, SPEC_FILE), 'utf8');
  const document: unknown = JSON.parse(documentText);
  const overlays = await loadOverlays(join(root, OVERLAYS_DIR), { root });
  const effective = applyOverlays(document, overlays);

  return { document, effective, overlays, documentText };
}
