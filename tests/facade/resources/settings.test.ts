import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSettings } from '../../../src/facade/resources/schemas.js';
import { SettingsResource } from '../../../src/facade/resources/settings.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { fixture, liveContext } from './support.js';

describe('settings', () => {
  it('reads the application settings from GET /settings with the signal', async () => {
    const controller = new AbortController();
    const stub = createStubClient().reply({ version: '1.0.0' });

    const settings = await new SettingsResource(stub.context).get({ signal: controller.signal });

    expect(`${stub.onlyCall().method} ${stub.onlyCall().path}`).toBe('GET /settings');
    expect(stub.onlyCall().signal).toBe(controller.signal);
    expect(settings.version).toBe('1.0.0');
  });

  describe('end to end', () => {
    beforeEach(isolateNetwork);
    afterEach(resetNetwork);

    it('keeps feature switches newer than the document', async () => {
      nock(API).get('/settings').reply(200, await fixture<AppSettings>('GET_settings.json'));

      const settings = await new SettingsResource(liveContext()).get();

      expect(settings.features).toContain('can_join_shared_lock_status');
      expect(settings.nonPremiumMaxExtensions).toBe(3);
    });
  });
});
