import { afterEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { ListeningMock } from '../../src/mock/index.js';

const servers: ListeningMock[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('listen', () => {
  it('serves on 127.0.0.1 with a free port', async () => {
    const server = await createMockChaster().listen();
    servers.push(server);

    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('answers like fetch does, headers and body', async () => {
    const socketMock = createMockChaster({ seed: 11 });
    const fetchMock = createMockChaster({ seed: 11 });
    const server = await socketMock.listen();
    servers.push(server);
    const headers = { authorization: `Bearer ${socketMock.users.wes.token}` };

    const overSocket = await fetch(`${server.url}/locks`, { headers });
    const inProcess = await fetchMock.fetch('/locks', { headers });

    expect(overSocket.status).toBe(inProcess.status);
    expect(overSocket.headers.get('x-chaster-transaction-id')).toBe(
      inProcess.headers.get('x-chaster-transaction-id'),
    );
    expect(overSocket.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await overSocket.json()).toEqual(await inProcess.json());
  });

  it('accepts JSON bodies and answers 204 without a body', async () => {
    const mock = createMockChaster();
    const server = await mock.listen();
    servers.push(server);

    const response = await fetch(`${server.url}/locks/${mock.locks.wes.id}/settings`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${mock.users.kim.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ displayRemainingTime: false }),
    });

    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(mock.locks.wes.displayRemainingTime).toBe(false);
  });

  it('accepts multipart uploads over the socket', async () => {
    const mock = createMockChaster();
    const server = await mock.listen();
    servers.push(server);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'p.png');

    const response = await fetch(
      `${server.url}/extensions/verification-picture/${mock.locks.wes.id}/submit`,
      { method: 'POST', headers: { authorization: `Bearer ${mock.users.wes.token}` }, body: form },
    );

    expect(response.status).toBe(201);
    expect(mock.locks.wes.verificationPictures[0]?.filename).toBe('p.png');
  });

  it('answers errors over the socket with the same NestJS bodies', async () => {
    const mock = createMockChaster();
    const server = await mock.listen();
    servers.push(server);

    const response = await fetch(`${server.url}/nope`);

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      statusCode: 404,
      message: 'Cannot GET /nope',
      error: 'Not Found',
    });
  });

  it('stops accepting connections once closed', async () => {
    const server = await createMockChaster().listen();
    await server.close();

    await expect(fetch(`${server.url}/settings`)).rejects.toThrow();
  });
});
