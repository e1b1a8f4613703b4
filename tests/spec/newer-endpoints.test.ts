import { describe, expect, it } from 'vitest';

import { loadEffectiveDocument } from '../../scripts/lib/effective-document.js';
import { createSchemaValidator } from '../../scripts/lib/schema-validator.js';

type Node = Record<string, unknown>;

const { effective } = await loadEffectiveDocument();
const validator = createSchemaValidator(effective);
const paths = (effective as { paths: Record<string, Record<string, Node>> }).paths;

const SESSION = '/api/extensions/sessions/{sessionId}';

const NEWER_OPERATIONS = [
  ['post', '/tasks/assign'],
  ['post', '/tasks/start-timer'],
  ['post', '/tasks/complete'],
  ['post', '/temporary-opening/open'],
  ['post', '/verification-picture/request'],
  ['post', '/penalties/increment'],
  ['post', '/penalties/time-limit/create'],
  ['post', '/penalties/time-limit/cancel'],
  ['get', '/pillory/status'],
] as const;

function operation(method: string, suffix: string): Node {
  const found = paths[`${SESSION}${suffix}`]?.[method];
  if (found === undefined) throw new Error(`no ${method} ${suffix}`);
  return found;
}

describe('endpoints documented after the snapshot', () => {
  const reference = operation('post', '/action');

  it.each(NEWER_OPERATIONS)('%s %s is a full operation marked as from the docs', (method, path) => {
    const added = operation(method, path);

    expect(added['x-chaster-source']).toBe('docs');
    expect(added.operationId).toMatch(/^Partner[A-Za-z]+Controller_[a-z][A-Za-z]+$/);
    expect(added.tags).toEqual(['Partner Extensions']);
    expect(added.summary).toEqual(expect.any(String));
    expect(added.security).toEqual(reference.security);
    expect(Object.keys(added.responses as Node)).toEqual([method === 'get' ? '200' : '201']);
  });

  it('keeps every operationId unique', () => {
    const ids = Object.values(paths).flatMap((item) =>
      Object.values(item).map((op) => (op as Node).operationId),
    );

    expect(ids.length).toBe(118);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('checks a timed task against the documented 60 to 86400 seconds', () => {
    const check = validator.forRequest('POST', `${SESSION}/tasks/assign`);
    const assign = (duration: number) => ({
      task: { task: 'Tidy the desk', points: 5, duration },
      actor: 'keyholder',
    });

    expect(check?.(assign(60)).valid).toBe(true);
    expect(check?.(assign(59)).issues).toEqual([
      { path: '/task/duration', message: 'must be >= 60' },
    ]);
    expect(check?.(assign(86_401)).valid).toBe(false);
  });

  it('checks habit names against 1 to 20 characters of a-z, 0-9, _ and -', () => {
    const check = validator.forRequest('POST', `${SESSION}/penalties/increment`);

    expect(check?.({ habitName: 'no_sweets-2' }).valid).toBe(true);
    expect(check?.({ habitName: 'No Sweets' }).valid).toBe(false);
    expect(check?.({ habitName: 'a'.repeat(21) }).valid).toBe(false);
  });

  it('rejects an actor outside wearer, keyholder and extension', () => {
    const check = validator.forRequest('POST', `${SESSION}/temporary-opening/open`);

    expect(check?.({ actor: 'extension' }).valid).toBe(true);
    expect(check?.({ actor: 'visitor' }).valid).toBe(false);
  });

  it('answers the pillory status with a votes list, empty outside the pillory', () => {
    const path = `${SESSION}/pillory/status`;
    const check = validator.forResponse({ method: 'GET', path, status: 200 });
    const vote = {
      _id: '65a08fee4cf203833c690b3a',
      nbVotes: 3,
      totalDurationAdded: 900,
      voteEndsAt: '2024-01-12T03:03:42.000Z',
      reason: 'Late again',
      createdAt: '2024-01-12T01:03:42.000Z',
    };

    expect(check?.({ votes: [] }).valid).toBe(true);
    expect(check?.({ votes: [vote] }).valid).toBe(true);
    expect(check?.({}).valid).toBe(false);
  });

  it('accepts set_display_remaining_time as a session action with a boolean', () => {
    const check = validator.forRequest('POST', `${SESSION}/action`);
    const name = 'set_display_remaining_time';
    const action = (params: unknown) => ({ action: { name, params } });

    expect(check?.(action(false)).valid).toBe(true);
    expect(check?.(action('no')).valid).toBe(false);
    expect(check?.({ action: { name: 'add_time', params: 3600 } }).valid).toBe(true);
  });
});
