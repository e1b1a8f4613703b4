import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterUsageError, createChasterClient } from '../../src/index.js';
import { API, isolateNetwork, resetNetwork } from './helpers.js';

beforeEach(isolateNetwork);
afterEach(resetNetwork);

/** Calls GET /locks/{lockId} and returns the raw path the server saw. */
async function pathSentFor(lockId: string): Promise<string> {
  let seenPath = '';
  nock(API).get(() => true).reply(function reply() {
    seenPath = this.req.path;
    return [200, {}];
  });

  await createChasterClient({ token: 't' }).GET('/locks/{lockId}', {
    params: { path: { lockId } },
  });
  return seenPath;
}

describe('hostile path parameters', () => {
  for (const lockId of ['', '.', '..']) {
    it(`refuses the id ${JSON.stringify(lockId)} before sending anything`, async () => {
      const scope = nock(API).get(() => true).reply(200, {});

      const call = createChasterClient({ token: 't' }).GET('/locks/{lockId}', {
        params: { path: { lockId } },
      });

      await expect(call).rejects.toBeInstanceOf(ChasterUsageError);
      expect(scope.isDone()).toBe(false);
    });
  }

  it('keeps a traversal attempt inside its own segment', async () => {
    expect(await pathSentFor('../../auth/profile')).toBe('/locks/..%2F..%2Fauth%2Fprofile');
  });

  it('encodes query and fragment characters inside the segment', async () => {
    expect(await pathSentFor('a/b?x=1#y')).toBe('/locks/a%2Fb%3Fx%3D1%23y');
  });

  it('encodes an already-encoded dot so it cannot collapse', async () => {
    expect(await pathSentFor('%2e%2e')).toBe('/locks/%252e%252e');
  });

  it('sends ids that are not ObjectIds unchanged', async () => {
    expect(await pathSentFor('V1StGXR8_Z5jdHi6B-myT')).toBe('/locks/V1StGXR8_Z5jdHi6B-myT');
  });
});
