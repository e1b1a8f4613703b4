import { describe, expect, it } from 'vitest';

import { checkOpenApiText, SpecRejectedError } from '../../scripts/lib/spec-source.js';

const document = (paths: unknown) =>
  JSON.stringify({ openapi: '3.0.0', info: { title: 'x', version: '1.0.0' }, paths });

describe('checking a pulled document', () => {
  it('refuses paths given as a list or with no path at all', () => {
    expect(() => checkOpenApiText(document([]))).toThrow(SpecRejectedError);
    expect(() => checkOpenApiText(document({}))).toThrow(/without any path/);
  });

  it('reads a document that starts with a byte-order mark', () => {
    const text = `\uFEFF${document({ '/locks': { get: {} } })}`;

    expect(checkOpenApiText(text).version).toBe('1.0.0');
  });
});
