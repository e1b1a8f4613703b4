import { readdir } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { describeFixture, FIXTURE_FILES, FIXTURES, loadFixture } from '../fixtures/index.js';

describe('the fixture index', () => {
  it('lists every JSON file in the fixtures folder, in name order', async () => {
    const entries = await readdir(new URL('../fixtures/', import.meta.url));
    const onDisk = entries.filter((name) => name.endsWith('.json')).sort();

    expect([...FIXTURE_FILES]).toEqual(onDisk);
  });

  it('reads parameters and nested segments from a file name', () => {
    expect(describeFixture('GET_locks_lockId_extensions_extensionId.json')).toEqual({
      kind: 'operation',
      name: 'GET_locks_lockId_extensions_extensionId.json',
      method: 'GET',
      path: '/locks/{lockId}/extensions/{extensionId}',
      status: 200,
    });
  });

  it('keeps hyphenated segments whole and gives POSTs a 201', () => {
    expect(describeFixture('GET_users_profile_by-id_userId.json')).toMatchObject({
      path: '/users/profile/by-id/{userId}',
    });
    expect(describeFixture('POST_shared-locks.json')).toMatchObject({
      method: 'POST',
      path: '/shared-locks',
      status: 201,
    });
  });

  it('marks built-in extension action results with their slug and action', () => {
    const fixture = describeFixture(
      'POST_locks_lockId_extensions_extensionId_action.wheel-of-fortune.submit.json',
    );

    expect(fixture).toEqual({
      kind: 'extension-action',
      name: 'POST_locks_lockId_extensions_extensionId_action.wheel-of-fortune.submit.json',
      method: 'POST',
      path: '/locks/{lockId}/extensions/{extensionId}/action',
      status: 201,
      slug: 'wheel-of-fortune',
      action: 'submit',
    });
  });

  it('counts two extension action results among the fixtures', () => {
    const actions = FIXTURES.filter((fixture) => fixture.kind === 'extension-action');

    expect(actions.map((fixture) => fixture.kind === 'extension-action' && fixture.slug)).toEqual(
      ['dice', 'wheel-of-fortune'],
    );
  });

  it('loads a fixture as parsed JSON', async () => {
    const name = 'POST_locks_lockId_extensions_extensionId_action.dice.submit.json';

    const dice = await loadFixture(name);

    expect(dice).toEqual({ adminDice: 5, playerDice: 4, duration: 3600 });
  });
});
