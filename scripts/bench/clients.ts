/**
 * The clients under comparison, each reduced to "fetch the locks and parse the JSON".
 *
 * Every client gets the same base URL and token and must hand back the parsed body, so the run
 * can check that each one really parsed 20 locks before any timing starts.
 */
import { Agent } from 'node:http';
import createClient from 'openapi-fetch';
import { Configuration, LocksApi } from '@chasterapp/chaster-js';
import type { paths } from '../../generated/chaster.js';

/** One client under test. */
export interface BenchClient {
  /** Short stable key used in JSON output. */
  id: string;

  /** Human label used in the table. */
  label: string;

  /** Performs `GET /locks` and resolves to the parsed body. */
  request(): Promise<unknown>;

  /** Releases sockets or agents the client holds, if any. */
  dispose?(): void;
}

/** Where the clients connect and with which token. */
export interface ClientTarget {
  /** Base URL of the benchmark server, without a trailing slash. */
  baseUrl: string;

  /** Bearer token every client sends. */
  token: string;
}

/** The baseline: the platform's `fetch` with nothing on top. */
export function createRawFetchClient({ baseUrl, token }: ClientTarget): BenchClient {
  const url = `${baseUrl}/locks`;
  const headers = { authorization: `Bearer ${token}` };

  return {
    id: 'raw-fetch',
    label: 'raw fetch',
    request: async () => (await fetch(url, { headers })).json(),
  };
}

/** openapi-fetch on its own, without the SDK's transport, retry or timeout. */
export function createOpenapiFetchClient({ baseUrl, token }: ClientTarget): BenchClient {
  const client = createClient<paths>({
    baseUrl,
    headers: { authorization: `Bearer ${token}` },
  });

  return {
    id: 'openapi-fetch',
    label: 'openapi-fetch alone',
    request: async () => {
      const { data, error } = await client.GET('/locks');
      if (error !== undefined) throw new Error('openapi-fetch answered with an error body');
      return data;
    },
  };
}

/**
 * The official generated client. It uses axios, whose Node adapter opens a new connection per
 * request unless given an agent; a keep-alive agent puts it on the same footing as `fetch`.
 */
export function createChasterJsClient({ baseUrl, token }: ClientTarget): BenchClient {
  const agent = new Agent({ keepAlive: true });
  const configuration = new Configuration({
    basePath: baseUrl,
    accessToken: token,
    baseOptions: { httpAgent: agent },
  });
  const locks = new LocksApi(configuration);

  return {
    id: 'chaster-js',
    label: '@chasterapp/chaster-js',
    request: async () => (await locks.findAll()).data,
    dispose: () => agent.destroy(),
  };
}
