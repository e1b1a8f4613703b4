import { createChasterClient } from '../../../src/client/create-client.js';
import { createFacadeContext, type FacadeContext } from '../../../src/facade/context.js';
import { loadFixture, type FixtureName } from '../../fixtures/index.js';

/** A facade context over a real Layer 1 client, for the end-to-end tests run against nock. */
export function liveContext(): FacadeContext {
  return createFacadeContext(createChasterClient({ token: 'test-token', retry: false }));
}

/** Reads a captured live body as the type the test expects it to have. */
export async function fixture<T>(name: FixtureName): Promise<T> {
  return (await loadFixture(name)) as T;
}

/** Builds `count` placeholder items with distinct ids, for paginator tests. */
export function itemsWithIds(prefix: string, count: number): { _id: string }[] {
  return Array.from({ length: count }, (_, index) => ({ _id: `${prefix}${index + 1}` }));
}

/**
 * The text of a request body as nock hands it over. nock gives binary bodies (a multipart body
 * holding a picture) as a hex string, and text bodies as they are.
 */
export function bodyText(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return /^(?:[0-9a-f]{2})+$/.test(text) ? Buffer.from(text, 'hex').toString('latin1') : text;
}
