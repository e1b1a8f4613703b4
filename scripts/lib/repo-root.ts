import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository checkout these scripts belong to. */
export const REPO_ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the committed document, its meta file and overlays live, relative to a root. */
export const SPEC_FILE = 'openapi/chaster.json';

/** Provenance of the committed document, relative to a root. */
export const META_FILE = 'openapi/chaster.meta.json';

/** Folder of overlay documents, relative to a root. */
export const OVERLAYS_DIR = 'openapi/overlays';

/** Folder of generated code, relative to a root. */
export const GENERATED_DIR = 'generated';
