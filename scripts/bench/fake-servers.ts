/**
 * The fake Chaster and a bare node:http server side by side, serving the same `GET /locks`
 * bytes, so that the difference between them is what the fake's routing, auth, state and
 * encoding cost.
 */
import { createMockChaster } from '../../src/mock/index.js';
import { startLocksServer, type RunningServer } from './server.js';

/** Both servers, listening on 127.0.0.1. */
export interface FakeAndBareServers {
  /** The fake Chaster with its seeded world and rate limits off (its default). */
  fake: RunningServer;

  /** The bench's own minimal server, answering the fake's body byte for byte. */
  bare: RunningServer;

  /** The seeded wearer's token (wes, whose lock kim holds); the bare server accepts it too. */
  token: string;

  /** The `GET /locks` body both servers send. */
  body: Buffer;
}

/**
 * Starts the fake, reads one `GET /locks` answer from it as the seeded wearer, and starts the
 * bare server with those bytes. The fake's clock stands still, so its later answers match.
 *
 * @throws {Error} when the fake does not answer 200.
 */
export async function startFakeAndBareServers(): Promise<FakeAndBareServers> {
  const mock = createMockChaster();
  const listening = await mock.listen(0);
  const fake: RunningServer = { url: listening.url, close: () => listening.close() };
  const token = mock.users.wes.token;

  const response = await fetch(`${fake.url}/locks`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) {
    await fake.close();
    throw new Error(`the fake answered GET /locks with ${response.status}`);
  }

  const bare = await startLocksServer(body);
  return { fake, bare, token, body };
}
