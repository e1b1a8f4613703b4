import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../../src/errors/index.js';
import type { FileInput } from '../../../src/facade/files.js';
import { FilesResource } from '../../../src/facade/resources/files-resource.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient, type StubCall } from '../support/stub-client.js';
import { bodyText, liveContext } from './support.js';

const PNG: FileInput = { data: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), filename: 'proof.png' };

/** Runs the call's body serializer, as openapi-fetch would, to see the multipart form. */
function formOf(call: StubCall): FormData {
  const serialize = call.init['bodySerializer'];
  if (typeof serialize !== 'function') throw new Error('The call has no body serializer');
  return serialize(call.body) as FormData;
}

describe('files against the stub client', () => {
  it('uploads several files as one multipart form with the storage type', async () => {
    const stub = createStubClient().reply({ token: 'attachment-token' });
    const blob = new Blob(['text'], { type: 'text/plain' });

    const uploaded = await new FilesResource(stub.context)
      .upload([PNG, blob], { type: 'messaging' });

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['POST', '/files/upload']);
    const form = formOf(call);
    const files = form.getAll('files') as File[];
    expect(files.map((file) => [file.name, file.type, file.size])).toEqual([
      ['proof.png', 'image/png', 4],
      ['file', 'text/plain', 4],
    ]);
    expect(form.get('type')).toBe('messaging');
    expect(uploaded).toEqual({ token: 'attachment-token' });
  });

  it('accepts a single file without a list', async () => {
    const stub = createStubClient().reply({ token: 't' });

    await new FilesResource(stub.context).upload(PNG, { type: 'messaging' });

    expect(formOf(stub.onlyCall()).getAll('files')).toHaveLength(1);
  });

  it('reads the URL of a stored file by key', async () => {
    const stub = createStubClient().reply({ url: 'https://files.example/a.png' });

    const link = await new FilesResource(stub.context).get('folder/a.png');

    expect(stub.onlyCall().params).toEqual({ path: { fileKey: 'folder/a.png' } });
    expect(link.url).toBe('https://files.example/a.png');
  });

  it.each([
    ['an empty list', () => ({ files: [] as FileInput[], type: 'messaging' }), 'at least one file'],
    ['a blank type', () => ({ files: [PNG], type: ' ' }), 'needs type'],
    ['bytes without a name', () => ({
      files: [{ data: new Uint8Array(1), filename: '' }], type: 'messaging',
    }), 'A file must be'],
  ])('refuses %s without a request', async (_case, input, message) => {
    const stub = createStubClient();
    const { files, type } = input();

    const failure = new FilesResource(stub.context).upload(files, { type });

    await expect(failure).rejects.toBeInstanceOf(ChasterUsageError);
    await expect(failure).rejects.toThrow(message);
    expect(stub.calls).toEqual([]);
  });

  it('refuses an empty file key without a request', async () => {
    const stub = createStubClient();

    await expect(new FilesResource(stub.context).get(''))
      .rejects.toThrow('files.get needs fileKey');
    expect(stub.calls).toEqual([]);
  });
});

describe('files end to end', () => {
  beforeEach(isolateNetwork);
  afterEach(resetNetwork);

  it('sends a multipart body with one part per file and the type field', async () => {
    let contentType = '';
    let received = '';
    nock(API)
      .post('/files/upload')
      .reply(function reply(_uri, body) {
        contentType = String(this.req.headers['content-type']);
        received = bodyText(body);
        return [201, { token: 'attachment-token' }];
      });

    const second: FileInput = { data: new TextEncoder().encode('two'), filename: 'b.jpg' };
    const uploaded = await new FilesResource(liveContext())
      .upload([PNG, second], { type: 'messaging' });

    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(received).toContain('name="files"; filename="proof.png"');
    expect(received).toContain('name="files"; filename="b.jpg"');
    expect(received).toContain('Content-Type: image/jpeg');
    expect(received).toMatch(/name="type"\r\n\r\nmessaging/);
    expect(uploaded.token).toBe('attachment-token');
  });
});
