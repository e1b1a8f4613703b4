import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { redact, redactHeaders, redactValue } from '../../src/errors/redact.js';

/** Tokens shaped like JWTs, Keycloak refresh tokens and developer tokens. */
const token = fc.stringMatching(/^[A-Za-z0-9_~+/-][A-Za-z0-9._~+/-]{19,80}={0,2}$/);

const secretName = fc.constantFrom(
  'access_token',
  'refresh_token',
  'accessToken',
  'refreshToken',
  'client_secret',
  'clientSecret',
  'code_verifier',
  'id_token',
  'password',
);

describe('redact', () => {
  it('replaces a bearer credential in a header line', () => {
    expect(redact('Authorization: Bearer eyJhbGciOi.abc-def\nAccept: */*')).toBe(
      'Authorization: [redacted]\nAccept: */*',
    );
    expect(redact('sent bearer abc.def to the API')).toBe('sent bearer [redacted] to the API');
  });

  it('replaces token properties in JSON and keeps the JSON readable', () => {
    const json = JSON.stringify({ access_token: 'a1', expires_in: 300, refresh_token: 'r1' });

    expect(JSON.parse(redact(json))).toEqual({
      access_token: '[redacted]',
      expires_in: 300,
      refresh_token: '[redacted]',
    });
  });

  it('replaces secrets in JSON nested inside a JSON string', () => {
    const inner = JSON.stringify({ client_secret: 's3cr3t', code: 'E1' });
    const nested = JSON.stringify({ body: inner });

    const redacted = JSON.parse(JSON.parse(redact(nested)).body);

    expect(redacted).toEqual({ client_secret: '[redacted]', code: 'E1' });
  });

  it('replaces the code and verifier of a token-endpoint form body', () => {
    const form = 'grant_type=authorization_code&code=abc123&redirect_uri=https%3A%2F%2Fx' +
      '&code_verifier=vvv&client_secret=sss';

    expect(redact(form)).toBe(
      'grant_type=authorization_code&code=[redacted]&redirect_uri=https%3A%2F%2Fx' +
        '&code_verifier=[redacted]&client_secret=[redacted]',
    );
  });

  it('replaces the code of a redirect URL but keeps a JSON error code', () => {
    expect(redact('https://app.test/cb?code=xyz&state=s1')).toBe(
      'https://app.test/cb?code=[redacted]&state=s1',
    );
    expect(redact('{"code":"LOCK_NOT_FOUND"}')).toBe('{"code":"LOCK_NOT_FOUND"}');
  });

  it('replaces a whole cookie header line', () => {
    expect(redact('cookie: session=a; other=b\nhost: x')).toBe('cookie: [redacted]\nhost: x');
  });

  it('replaces a Basic credential but keeps the English word basic', () => {
    expect(redact('a basic check, then Basic dXNlcjpwYXNzd29yZA==')).toBe(
      'a basic check, then Basic [redacted]',
    );
  });

  it('leaves text without secrets unchanged', () => {
    expect(redact('404 Lock not found: GET /locks/{lockId}')).toBe(
      '404 Lock not found: GET /locks/{lockId}',
    );
  });

  it('gives the same text when applied twice', () => {
    fc.assert(
      fc.property(fc.string(), token, secretName, (text, secret, name) => {
        const once = redact(`${text} ${name}=${secret}&${JSON.stringify({ [name]: secret })}`);

        expect(redact(once)).toBe(once);
      }),
    );
  });

  it('never lets a bearer token survive inside arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), token, fc.string(), (before, secret, after) => {
        expect(redact(`${before}Bearer ${secret} ${after}`)).not.toContain(secret);
        expect(redact(`${before}Bearer ${secret}`)).not.toContain(secret);
      }),
    );
  });

  it('never lets a named secret survive inside arbitrary JSON', () => {
    const other = fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 });

    fc.assert(
      fc.property(other, secretName, token, fc.boolean(), (rest, name, secret, twice) => {
        const json = JSON.stringify({ ...rest, nested: { [name]: secret } });
        const text = twice ? JSON.stringify({ wrapped: json }) : json;

        expect(redact(text)).not.toContain(secret);
      }),
    );
  });

  it('never lets a named secret survive in a form body or query string', () => {
    fc.assert(
      fc.property(fc.string(), secretName, token, fc.string(), (before, name, secret, after) => {
        const form = new URLSearchParams({ before, [name]: secret, after }).toString();
        const text = `https://sso.test/token?${form}`;

        expect(redact(text)).not.toContain(encodeURIComponent(secret));
        expect(redact(`${before} ${name}: ${secret}`)).not.toContain(secret);
      }),
    );
  });
});

describe('redactHeaders', () => {
  it('replaces credential headers whole and lower-cases names', () => {
    const headers = new Headers({
      Authorization: 'Bearer abc',
      Cookie: 'a=b',
      'X-Chaster-Client-Secret': 'sss',
      'X-Chaster-Client-Id': 'client-1',
    });

    expect(redactHeaders(headers)).toEqual({
      authorization: '[redacted]',
      cookie: '[redacted]',
      'x-chaster-client-secret': '[redacted]',
      'x-chaster-client-id': 'client-1',
    });
  });

  it('accepts plain records and pair lists, joining lists and skipping undefined', () => {
    expect(redactHeaders({ 'Set-Cookie': ['a=1', 'b=2'], Location: '/cb?code=c1', X: undefined }))
      .toEqual({ 'set-cookie': '[redacted]', location: '/cb?code=[redacted]' });
    expect(redactHeaders([['Proxy-Authorization', 'Basic abc']])).toEqual({
      'proxy-authorization': '[redacted]',
    });
  });
});

describe('redactValue', () => {
  it('replaces secret properties at any depth and redacts strings', () => {
    const value = {
      token: 'main-token',
      list: [{ refreshToken: 'r' }, 'Bearer abc'],
      user: { username: 'wearer' },
    };

    expect(redactValue(value)).toEqual({
      token: '[redacted]',
      list: [{ refreshToken: '[redacted]' }, 'Bearer [redacted]'],
      user: { username: 'wearer' },
    });
  });

  it('marks cycles instead of recursing forever', () => {
    const cyclic: Record<string, unknown> = { name: 'a' };
    cyclic['self'] = cyclic;

    expect(redactValue(cyclic)).toEqual({ name: 'a', self: '[circular]' });
  });

  it('keeps a shared object that is not a cycle', () => {
    const shared = { id: 1 };

    expect(redactValue({ a: shared, b: shared })).toEqual({ a: { id: 1 }, b: { id: 1 } });
  });
});

describe('form-style secrets in free text', () => {
  it('removes a token given as token=... and keeps the sentence around it', () => {
    expect(redact('400 token=abc123secret: GET /locks')).toBe('400 token=[redacted]: GET /locks');
    expect(redact('the token expired')).toBe('the token expired');
  });
});
