/** A PKCE verifier and the S256 challenge derived from it (RFC 7636). */
export interface PkcePair {
  /** The secret kept by the app and sent with the code exchange. */
  codeVerifier: string;

  /** `BASE64URL(SHA256(codeVerifier))`, sent with the authorization request. */
  codeChallenge: string;

  /** Always `S256`; the `plain` method offers no protection and is not offered. */
  codeChallengeMethod: 'S256';
}

/** base64url without padding (RFC 4648 §5), as PKCE and OAuth `state` values use it. */
function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);

  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Creates a random URL-safe string from `byteLength` random bytes, drawn from Web Crypto so that
 * browsers, workers and Node all run it.
 *
 * @param byteLength - Entropy in bytes.
 * @returns base64url text without padding.
 */
export function randomUrlSafeString(byteLength: number): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(byteLength)));
}

/**
 * Derives the S256 challenge of a verifier. Web Crypto only hashes asynchronously, hence the
 * promise.
 *
 * @param codeVerifier - 43 to 128 characters of `[A-Za-z0-9-._~]` (RFC 7636 §4.1).
 * @returns The base64url SHA-256 digest, without padding.
 * @example
 * ```ts
 * await createCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
 * // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 * ```
 */
export async function createCodeChallenge(codeVerifier: string): Promise<string> {
  const verifierBytes = new TextEncoder().encode(codeVerifier);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', verifierBytes);

  return toBase64Url(new Uint8Array(digest));
}

/**
 * Creates a fresh PKCE pair: a 43-character verifier from 32 random bytes (the RFC's
 * recommendation) and its S256 challenge.
 *
 * @returns The verifier to keep and the challenge to send.
 * @example
 * ```ts
 * const { codeVerifier, codeChallenge } = await createPkcePair();
 * ```
 */
export async function createPkcePair(): Promise<PkcePair> {
  const codeVerifier = randomUrlSafeString(32);

  const codeChallenge = await createCodeChallenge(codeVerifier);

  return { codeVerifier, codeChallenge, codeChallengeMethod: 'S256' };
}
