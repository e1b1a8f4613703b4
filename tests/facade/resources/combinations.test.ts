import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../../src/errors/index.js';
import { CombinationsResource } from '../../../src/facade/resources/combinations.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient, type StubCall } from '../support/stub-client.js';
import { bodyText, liveContext } from './support.js';

const PICTURE = { data: Uint8Array.from([0xff, 0xd8, 0xff]), filename: 'code.jpg' };

function formOf(call: StubCall): FormData {
  const serialize = call.init['bodySerializer'];
  if (typeof serialize !== 'function') throw new Error('The call has no body serializer');
  return serialize(call.body) as FormData;
}

describe('combinations against the stub client', () => {
  it('stores a code combination', async () => {
    const stub = createStubClient().reply({ combinationId: 'comb-1' });

    const created = await new CombinationsResource(stub.context).createCode('0420');

    const call = stub.onlyCall();
    expect([call.method, call.path, call.body])
      .toEqual(['POST', '/combinations/code', { code: '0420' }]);
    expect(created.combinationId).toBe('comb-1');
  });

  it('uploads a picture with the manual check flag as a form field', async () => {
    const stub = createStubClient().reply({ combinationId: 'comb-2' });

    await new CombinationsResource(stub.context)
      .uploadImage(PICTURE, { enableManualCheck: true });

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['POST', '/combinations/image']);
    const form = formOf(call);
    const file = form.get('file') as File;
    expect([file.name, file.type, file.size]).toEqual(['code.jpg', 'image/jpeg', 3]);
    expect(form.get('enableManualCheck')).toBe('true');
  });

  it('leaves the manual check out when the caller does not set it', async () => {
    const stub = createStubClient().reply({ combinationId: 'comb-3' });

    await new CombinationsResource(stub.context).uploadImage(PICTURE);

    expect(formOf(stub.onlyCall()).has('enableManualCheck')).toBe(false);
  });

  it('refuses an empty code and a non-file without a request', async () => {
    const stub = createStubClient();
    const combinations = new CombinationsResource(stub.context);
    const notAFile = { path: 'code.jpg' } as unknown as Blob;

    await expect(combinations.createCode('')).rejects.toBeInstanceOf(ChasterUsageError);
    await expect(combinations.uploadImage(notAFile)).rejects.toBeInstanceOf(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });
});

describe('combinations end to end', () => {
  beforeEach(isolateNetwork);
  afterEach(resetNetwork);

  it('posts the code as JSON and the picture as multipart', async () => {
    let received = '';
    nock(API)
      .post('/combinations/code', { code: '0420' }).reply(201, { combinationId: 'c1' })
      .post('/combinations/image')
      .reply(201, (_uri, body) => {
        received = bodyText(body);
        return { combinationId: 'c2' };
      });
    const combinations = new CombinationsResource(liveContext());

    const fromCode = await combinations.createCode('0420');
    const fromPicture = await combinations.uploadImage(PICTURE);

    expect([fromCode.combinationId, fromPicture.combinationId]).toEqual(['c1', 'c2']);
    expect(received).toContain('name="file"; filename="code.jpg"');
    expect(nock.isDone()).toBe(true);
  });
});
