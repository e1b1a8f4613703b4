/**
 * Records what a contract scenario sends to the fake and what it answers, so the contract test
 * can check every answer against the document afterwards.
 */
import { operationTable } from '../../../generated/operations.js';
import type { MockChaster, UserRecord } from '../../../src/mock/index.js';
import { extensionId } from '../support.js';

/** One request of a scenario and the fake's answer. */
export interface Exchange {
  operationId: string;
  method: string;
  template: string;
  status: number;
  body: unknown;
}

/** How a step addresses its operation: path parameters, then a JSON body or a form. */
export interface HitOptions {
  params?: Record<string, string>;
  body?: unknown;
  form?: FormData;
}

/** A lock as the seeded world describes it, enough to address its extensions. */
export interface ScenarioLock {
  id: string;
  extensions: { slug: string; id: string }[];
}

/** The recorder a scenario drives the fake through. */
export interface ContractRecorder {
  /** Every exchange so far, in order. */
  readonly exchanges: Exchange[];
  /** Extension-action results by `<slug>.<action>`. */
  readonly actionResults: Map<string, unknown>;
  /** Calls an operation as a user; answers the parsed body (undefined when empty). */
  hit(as: UserRecord, method: string, template: string, options?: HitOptions): Promise<unknown>;
  /** Runs a built-in extension action on a lock and records its result. */
  trigger(
    as: UserRecord,
    lock: ScenarioLock,
    slug: string,
    action: string,
    payload?: Record<string, unknown>,
  ): Promise<void>;
}

/** A scenario: a story through some operations, told on a fresh seeded fake. */
export type ContractScenario = (mock: MockChaster, recorder: ContractRecorder) => Promise<void>;

/** Makes a recorder bound to one fake. */
export function createRecorder(mock: MockChaster): ContractRecorder {
  const exchanges: Exchange[] = [];
  const actionResults = new Map<string, unknown>();

  async function hit(
    as: UserRecord,
    method: string,
    template: string,
    options: HitOptions = {},
  ): Promise<unknown> {
    const params = options.params ?? {};
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
    const operation = operationTable.find(
      (row) => row.method === method.toLowerCase() && row.path === template,
    );
    if (operation === undefined) throw new Error(`No operation ${method} ${template}`);

    const headers: Record<string, string> = { authorization: `Bearer ${as.token}` };
    let body: BodyInit | undefined = options.form;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }

    const response = await mock.fetch(path, { method, headers, ...(body ? { body } : {}) });
    // Only JSON bodies are checked against the document; a picture is recorded as no body.
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    const text = await response.text();
    const parsed: unknown = text === '' || !isJson ? undefined : JSON.parse(text);
    exchanges.push({
      operationId: operation.operationId,
      method,
      template,
      status: response.status,
      body: parsed,
    });
    return parsed;
  }

  async function trigger(
    as: UserRecord,
    lock: ScenarioLock,
    slug: string,
    action: string,
    payload: Record<string, unknown> = {},
  ): Promise<void> {
    const result = await hit(as, 'POST', '/locks/{lockId}/extensions/{extensionId}/action', {
      params: { lockId: lock.id, extensionId: extensionId(lock, slug) },
      body: { action, payload },
    });
    actionResults.set(`${slug}.${action}`, result);
  }

  return { exchanges, actionResults, hit, trigger };
}
