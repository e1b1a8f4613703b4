import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChasterClient, isValidTraceparent, SDK_VERSION } from '../../src/index.js';
import { API, isolateNetwork, resetNetwork } from './helpers.js';

type Headers = Record<string, string | string[] | undefined>;

/** Intercepts one GET and hands back the headers it carried. */
function captureGet(path: string): Promise<Headers> {
  return new Promise((resolve) => {
    nock(API).get(path).reply(function reply() {
      resolve(this.req.headers as Headers);
      return [200, {}];
    });
  });
}

beforeEach(isolateNetwork);
afterEach(resetNetwork);

describe('trace context', () => {
  it('generates a valid traceparent per call, different for each call', async () => {
    const client = createChasterClient({ token: 't' });
    const first = captureGet('/locks');
    await client.GET('/locks');
    const second = captureGet('/locks');
    await client.GET('/locks');

    const parents = [(await first)['traceparent'], (await second)['traceparent']];

    expect(parents.every((value) => isValidTraceparent(value))).toBe(true);
    expect(parents[0]).not.toBe(parents[1]);
  });

  it('propagates a traceparent given in the call headers', async () => {
    const given = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const seen = captureGet('/locks');

    await createChasterClient({ token: 't' }).GET('/locks', { headers: { traceparent: given } });

    expect((await seen)['traceparent']).toBe(given);
  });
});

describe('client id header', () => {
  it('fills X-Chaster-Client-Id in on the extension session exchange', async () => {
    const seen = captureGet('/api/extensions/auth/sessions/main-token');
    await createChasterClient({ token: 't', clientId: 'my-app' }).GET(
      '/api/extensions/auth/sessions/{token}',
      { params: { path: { token: 'main-token' } } },
    );

    expect((await seen)['x-chaster-client-id']).toBe('my-app');
  });

  it('keeps an X-Chaster-Client-Id the call gives itself', async () => {
    const seen = captureGet('/api/extensions/auth/sessions/main-token');

    await createChasterClient({ token: 't', clientId: 'my-app' }).GET(
      '/api/extensions/auth/sessions/{token}',
      { params: { path: { token: 'main-token' }, header: { 'X-Chaster-Client-Id': 'other' } } },
    );

    expect((await seen)['x-chaster-client-id']).toBe('other');
  });

  it('does not send X-Chaster-Client-Id on operations that do not need it', async () => {
    const seen = captureGet('/locks');

    await createChasterClient({ token: 't', clientId: 'my-app' }).GET('/locks');

    expect((await seen)['x-chaster-client-id']).toBeUndefined();
  });
});

describe('static headers', () => {
  it('identifies the SDK in the user agent by default', async () => {
    const seen = captureGet('/locks');

    await createChasterClient({ token: 't' }).GET('/locks');

    expect((await seen)['user-agent']).toBe(`chaster-sdk/${SDK_VERSION}`);
  });

  it('sends a chosen user agent and extra headers', async () => {
    const seen = captureGet('/locks');

    await createChasterClient({
      token: 't',
      userAgent: 'lock-bot/2.0',
      headers: { 'x-extra': 'yes' },
    }).GET('/locks');

    expect(await seen).toMatchObject({ 'user-agent': 'lock-bot/2.0', 'x-extra': 'yes' });
  });

  it('sends requests to a chosen base URL', async () => {
    const scope = nock('https://staging.example.test').get('/locks').reply(200, ['staged']);

    const result = await createChasterClient({
      token: 't',
      baseUrl: 'https://staging.example.test',
    }).GET('/locks');

    expect(result.data).toEqual(['staged']);
    expect(scope.isDone()).toBe(true);
  });
});
