/**
 * Shape of OpenAPI Overlay 1.0 documents and the check that a parsed file has it.
 */

/** One step of an overlay: what to select and what to do with it. */
export interface OverlayAction {
  /** RFC 9535 JSONPath selecting the nodes to change. */
  target: string;
  /** One-line reason for the change; quoted when the target goes stale. */
  description: string;
  /** Value merged into each selected node. */
  update?: unknown;
  /** When true, each selected node is removed from its parent. */
  remove?: boolean;
}

/** An OpenAPI Overlay 1.0 document. */
export interface OverlayDocument {
  /** Overlay specification version, 1.0.x. */
  overlay: string;
  /** Title and version of this overlay. */
  info: { title: string; version: string };
  /** Actions applied in order. */
  actions: OverlayAction[];
}

/** An overlay file whose content does not have the Overlay 1.0 shape. */
export class InvalidOverlayError extends Error {
  /** Repository-relative file name of the overlay. */
  readonly file: string;

  /** Builds the error; the message starts with the file name. */
  constructor(file: string, problem: string) {
    super(`${file}: invalid overlay: ${problem}`);
    this.name = 'InvalidOverlayError';
    this.file = file;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFilledString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Checks that `value` is an Overlay 1.0 document and returns it typed.
 *
 * @throws InvalidOverlayError naming the file and the first problem found.
 */
export function validateOverlayDocument(value: unknown, file: string): OverlayDocument {
  if (!isRecord(value)) throw new InvalidOverlayError(file, 'the document is not a JSON object');

  if (typeof value.overlay !== 'string' || !/^1\.0\.\d+$/.test(value.overlay)) {
    throw new InvalidOverlayError(file, '"overlay" must be a 1.0.x version string');
  }

  const info = value.info;
  if (!isRecord(info) || !isFilledString(info.title) || !isFilledString(info.version)) {
    throw new InvalidOverlayError(file, '"info" needs a "title" and a "version" string');
  }

  if (!Array.isArray(value.actions) || value.actions.length === 0) {
    throw new InvalidOverlayError(file, '"actions" must be a non-empty array');
  }

  value.actions.forEach((action: unknown, index: number) => {
    validateAction(action, `${file}: actions[${index}]`, file);
  });

  return value as unknown as OverlayDocument;
}

function validateAction(action: unknown, where: string, file: string): void {
  if (!isRecord(action)) throw new InvalidOverlayError(file, `${where} is not an object`);

  if (!isFilledString(action.target) || !action.target.startsWith('$')) {
    throw new InvalidOverlayError(file, `${where} needs a "target" JSONPath starting with $`);
  }

  if (!isFilledString(action.description)) {
    throw new InvalidOverlayError(file, `${where} needs a "description" saying why`);
  }

  if (action.remove !== undefined && action.remove !== true) {
    throw new InvalidOverlayError(file, `${where} has "remove" other than true`);
  }

  const hasUpdate = 'update' in action && action.update !== undefined;
  const hasRemove = action.remove === true;
  if (hasUpdate === hasRemove) {
    throw new InvalidOverlayError(file, `${where} needs exactly one of "update" or "remove"`);
  }
}
