import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterServerError } from '../../../src/errors/index.js';
import { ExtensionsCatalogResource } from '../../../src/facade/resources/extensions-catalog.js';
import type { ExtensionCatalogEntry } from '../../../src/facade/resources/schemas.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { fixture, liveContext } from './support.js';

describe('extensions catalog', () => {
  it('lists the catalog from GET /extensions', async () => {
    const stub = createStubClient().reply([{ slug: 'dice' }]);

    const catalog = await new ExtensionsCatalogResource(stub.context).list();

    expect(`${stub.onlyCall().method} ${stub.onlyCall().path}`).toBe('GET /extensions');
    expect(catalog.map((extension) => extension.slug)).toEqual(['dice']);
  });

  describe('end to end', () => {
    beforeEach(isolateNetwork);
    afterEach(resetNetwork);

    it('reads the captured catalog over HTTP', async () => {
      const captured = await fixture<ExtensionCatalogEntry[]>('GET_extensions.json');
      nock(API).get('/extensions').reply(200, captured);

      const catalog = await new ExtensionsCatalogResource(liveContext()).list();

      expect(catalog).toHaveLength(captured.length);
      expect(catalog.map((extension) => extension.slug)).toContain('wheel-of-fortune');
    });

    it('throws the server error family on a 500', async () => {
      nock(API).get('/extensions')
        .reply(500, { statusCode: 500, message: 'Internal server error' });

      await expect(new ExtensionsCatalogResource(liveContext()).list())
        .rejects.toBeInstanceOf(ChasterServerError);
    });
  });
});
