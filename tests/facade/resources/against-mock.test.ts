import { describe, expect, it } from 'vitest';
import { createChasterClient } from '../../../src/client/create-client.js';
import { ChasterNotFoundError, ChasterUsageError } from '../../../src/errors/index.js';
import { createFacadeContext, type FacadeContext } from '../../../src/facade/context.js';
import { CombinationsResource } from '../../../src/facade/resources/combinations.js';
import { ExtensionsCatalogResource } from '../../../src/facade/resources/extensions-catalog.js';
import { ProfileResource } from '../../../src/facade/resources/profile.js';
import { SettingsResource } from '../../../src/facade/resources/settings.js';
import { createMockChaster } from '../../../src/mock/index.js';

/** A facade context signed in as one of the fake's seeded users. */
function signedInAs(user: 'wes' | 'kim' = 'wes'): { context: FacadeContext; username: string } {
  const mock = createMockChaster({ seed: 11 });
  const seeded = mock.users[user];
  const client = createChasterClient({
    token: seeded.token, fetch: mock.fetch, baseUrl: mock.baseUrl, retry: false,
  });
  return { context: createFacadeContext(client), username: seeded.username };
}

describe('account resources against the fake Chaster', () => {
  it('reads the signed-in profile and looks the same user up by name', async () => {
    const { context, username } = signedInAs('kim');
    const profile = new ProfileResource(context);

    const me = await profile.me();
    const found = await profile.byUsername(username);

    expect(me.username).toBe(username);
    expect(found._id).toBe(me._id);
  });

  it('surfaces an unknown user as the not-found error', async () => {
    const { context } = signedInAs();

    await expect(new ProfileResource(context).byUsername('nobody_here'))
      .rejects.toBeInstanceOf(ChasterNotFoundError);
  });

  it('reads the settings, the catalog and badge counters', async () => {
    const { context } = signedInAs();

    const settings = await new SettingsResource(context).get();
    const catalog = await new ExtensionsCatalogResource(context).list();
    const badges = await new ProfileResource(context).badgeCount();

    expect(settings.nonPremiumMaxExtensions).toBeGreaterThan(0);
    expect(catalog.map((extension) => extension.slug)).toContain('dice');
    expect(badges).toEqual({ keyholdingRequests: 0, pendingMessages: 0, unreadMessages: 0 });
  });

  it('stores a code combination, and refuses an empty one before the fake sees it', async () => {
    const { context } = signedInAs();
    const combinations = new CombinationsResource(context);

    const { combinationId } = await combinations.createCode('4096');

    expect(combinationId).toMatch(/\S/);
    await expect(combinations.createCode('')).rejects.toBeInstanceOf(ChasterUsageError);
  });
});
