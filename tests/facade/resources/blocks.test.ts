import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../../src/errors/index.js';
import { BlocksResource } from '../../../src/facade/resources/blocks.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { liveContext } from './support.js';

const USER_ID = '654521aac11d12acc75dff79';
const BLOCKED = [{ _id: USER_ID, username: 'user_019', avatarUrl: 'https://a.example/x.jpg' }];

describe('blocks against the stub client', () => {
  it('lists blocked users, blocks, unblocks and reads the interaction', async () => {
    const interaction = {
      blockedByActionUser: true, blockedByOtherUser: false, canInteract: false,
    };
    const stub = createStubClient()
      .reply({ results: BLOCKED }).reply(undefined).reply(undefined).reply(interaction);
    const blocks = new BlocksResource(stub.context);

    const listed = await blocks.list();
    await blocks.block(USER_ID);
    await blocks.unblock(USER_ID);
    const answer = await blocks.interaction(USER_ID);

    expect(stub.calls.map((call) => [call.method, call.path, call.body, call.params])).toEqual([
      ['GET', '/blocks', undefined, undefined],
      ['POST', '/blocks', { targetUserId: USER_ID }, undefined],
      ['POST', '/blocks/unblock', { targetUserId: USER_ID }, undefined],
      ['GET', '/blocks/block-interaction/{targetUserId}', undefined,
        { path: { targetUserId: USER_ID } }],
    ]);
    expect(listed).toEqual(BLOCKED);
    expect(answer).toEqual(interaction);
  });

  it.each([
    ['block', (blocks: BlocksResource) => blocks.block('')],
    ['unblock', (blocks: BlocksResource) => blocks.unblock('')],
    ['interaction', (blocks: BlocksResource) => blocks.interaction('')],
  ])('refuses an empty user id in %s without a request', async (name, call) => {
    const stub = createStubClient();

    const failure = call(new BlocksResource(stub.context));

    await expect(failure).rejects.toBeInstanceOf(ChasterUsageError);
    await expect(failure).rejects.toThrow(`blocks.${name} needs targetUserId`);
    expect(stub.calls).toEqual([]);
  });
});

describe('blocks end to end', () => {
  beforeEach(isolateNetwork);
  afterEach(resetNetwork);

  it('blocks a user and lists the blocks over HTTP', async () => {
    nock(API)
      .post('/blocks', { targetUserId: USER_ID }).reply(201)
      .get('/blocks').reply(200, { results: BLOCKED });
    const blocks = new BlocksResource(liveContext());

    await blocks.block(USER_ID);
    const listed = await blocks.list();

    expect(listed.map((user) => user.username)).toEqual(['user_019']);
    expect(nock.isDone()).toBe(true);
  });
});
