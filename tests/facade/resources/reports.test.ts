import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../../src/errors/index.js';
import {
  ReportsResource, type CreateReportOptions,
} from '../../../src/facade/resources/reports.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { liveContext } from './support.js';

describe('reports', () => {
  it('posts the reason, the target and the message', async () => {
    const stub = createStubClient().reply(undefined);

    await new ReportsResource(stub.context).create({
      reason: 'harassment',
      target: { type: 'message', messageId: 'm1' },
      message: 'Sent after I declined',
    });

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['POST', '/reports']);
    expect(call.body).toEqual({
      reason: 'harassment',
      target: { type: 'message', messageId: 'm1' },
      message: 'Sent after I declined',
    });
  });

  it('leaves the message out when there is none', async () => {
    const stub = createStubClient().reply(undefined);

    await new ReportsResource(stub.context)
      .create({ reason: 'other', target: { type: 'shared_lock', sharedLockId: 's1' } });

    expect(stub.onlyCall().body)
      .toEqual({ reason: 'other', target: { type: 'shared_lock', sharedLockId: 's1' } });
  });

  it.each([
    ['an empty id', { type: 'user', userId: '' }],
    ['the id of another type', { type: 'post', userId: 'u1' }],
    ['an unknown type', { type: 'lock', lockId: 'l1' }],
  ])('refuses a target with %s without a request', async (_case, target) => {
    const stub = createStubClient();
    const options = { reason: 'other', target } as unknown as CreateReportOptions;

    await expect(new ReportsResource(stub.context).create(options))
      .rejects.toBeInstanceOf(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });

  describe('end to end', () => {
    beforeEach(isolateNetwork);
    afterEach(resetNetwork);

    it('reports a user over HTTP and accepts the empty 201', async () => {
      const expected = { reason: 'hate_speech', target: { type: 'user', userId: 'u1' } };
      nock(API).post('/reports', expected).reply(201);

      await new ReportsResource(liveContext())
        .create({ reason: 'hate_speech', target: { type: 'user', userId: 'u1' } });

      expect(nock.isDone()).toBe(true);
    });
  });
});
