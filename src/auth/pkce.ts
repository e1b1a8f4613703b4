import { createHash, randomBytes } from 'node:crypto';

/** A PKCE verifier and the S256 challenge derived from it (RFC 7636). */
export interface PkcePair {
  /** The secret kept by the app and sent with the code exchange. */
  codeVerifier: string;

  /** `BASE64URL(SHA256(codeVerifier))`, sent with the authorization request. */
  codeChallenge: string;

  /** Always `S256`; the `plain` method offers no protection and is not offered. */
  codeChallengeMethod: 'S256';
}

/**
 * Creates a random URL-safe string from `byteLength` random bytes.
 *
 * @param byteLength - Entropy in bytes.
 * @returns base64url text without padding.
 */
export function randomUrlSafeString(byteLength: number): string {
  return randomBytes(byteLength).toString('base64url');
}

/**
 * Derives the S256 challenge of a verifier.
 *
 * @param codeVerifier - 43 to 128 characters of `[A-Za-z0-9-._~]` (RFC 7636 §4.1).
 * @returns The base64url SHA-256 digest, without padding.
 * @example
 * ```ts
 * createCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
 * // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 * ```
 */
export function createCodeChallenge(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier, 'ascii').digest('base64url');
}

/**
 * Creates a fresh PKCE pair: a 43-character verifier from 32 random bytes (the RFC's
 * recommendation) and its S256 challenge.
 *
 * @returns The verifier to keep and the challenge to send.
 * @example
 * ```ts
 * const { codeVerifier, codeChallenge } = createPkcePair();
 * ```
 */
export function createPkcePair(): PkcePair {
  const codeVerifier = randomUrlSafeString(32);

  const codeChallenge = createCodeChallenge(codeVerifier);

  return { codeVerifier, codeChallenge, codeChallengeMethod: 'S256' };
}
