import { describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../src/errors/index.js';
import { KeyholderResource } from '../../src/facade/keyholder.js';
import { Lock } from '../../src/facade/locks/lock.js';
import { LOCK_ID, lockBody } from './support/lock-bodies.js';
import { createStubClient, type StubCall } from './support/stub-client.js';

function lockWith(role: string, slugs: string[] = []) {
  const stub = createStubClient({ fallback: () => ({ status: 201 }) });
  return { stub, lock: new Lock(stub.context, lockBody({ role, slugs })) };
}

/** The FormData a multipart call would send, built by the call's own serializer. */
function formOf(call: StubCall): FormData {
  const serialize = call.init['bodySerializer'] as (body: unknown) => unknown;
  const form = serialize(call.body);
  expect(form).toBeInstanceOf(FormData);
  return form as FormData;
}

describe('temporary opening combinations', () => {
  it('reads the combination to open with', async () => {
    const { stub, lock } = lockWith('wearer');
    stub.reply({ _id: 'c', type: 'code', code: '0000' });

    expect((await lock.temporaryOpeningCombination()).code).toBe('0000');
    expect(stub.onlyCall()).toMatchObject({
      method: 'GET',
      path: '/extensions/temporary-opening/{lockId}/combination',
      params: { path: { lockId: LOCK_ID } },
    });
  });

  it('locks again with a new combination', async () => {
    const { stub, lock } = lockWith('wearer');

    await lock.setTemporaryOpeningCombination('new-comb');

    expect(stub.onlyCall()).toMatchObject({
      method: 'POST',
      path: '/extensions/temporary-opening/{lockId}/combination',
      body: { combinationId: 'new-comb' },
    });
  });

  it('reads the combination of a history entry', async () => {
    const { stub, lock } = lockWith('keyholder');
    stub.reply({ _id: 'c', type: 'image' });

    await lock.combinationFromHistory('log-1');

    expect(stub.onlyCall()).toMatchObject({
      method: 'GET',
      path: '/extensions/temporary-opening/{lockId}/action-log/{actionLogId}/combination',
      params: { path: { lockId: LOCK_ID, actionLogId: 'log-1' } },
    });
  });

  it('refuses an empty combination id or history entry id', async () => {
    const { stub, lock } = lockWith('wearer');

    await expect(lock.setTemporaryOpeningCombination('')).rejects.toThrow(ChasterUsageError);
    await expect(lock.combinationFromHistory('')).rejects.toThrow(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });
});

describe('verification pictures', () => {
  it('lists the pictures', async () => {
    const { stub, lock } = lockWith('keyholder');
    stub.reply([{ imageKey: 'k', submittedAt: '2024-01-12T00:00:00.000Z' }]);

    const [picture] = await lock.verificationPictures();

    expect(picture?.imageKey).toBe('k');
    expect(stub.onlyCall()).toMatchObject({
      method: 'GET', path: '/locks/{lockId}/verification-pictures',
    });
  });

  it('submits a picture as multipart, with its file name and the code flag', async () => {
    const { stub, lock } = lockWith('wearer', ['verification-picture']);

    await lock.submitVerificationPicture(
      { data: new Uint8Array([255, 216]), filename: 'cage.jpg' },
      { enableVerificationCode: true },
    );

    const call = stub.onlyCall();
    expect(call).toMatchObject({
      method: 'POST',
      path: '/extensions/verification-picture/{lockId}/submit',
      params: { path: { lockId: LOCK_ID } },
    });
    const form = formOf(call);
    const file = form.get('file') as File;
    expect(file.name).toBe('cage.jpg');
    expect(file.type).toBe('image/jpeg');
    expect(form.get('enableVerificationCode')).toBe('true');
  });

  it('sends no code flag when none is given', async () => {
    const { stub, lock } = lockWith('wearer', ['verification-picture']);

    await lock.submitVerificationPicture(new File(['x'], 'p.png', { type: 'image/png' }));

    expect(formOf(stub.onlyCall()).has('enableVerificationCode')).toBe(false);
  });

  it('refuses a picture from the keyholder, or on a lock without the extension', async () => {
    const keyholder = lockWith('keyholder', ['verification-picture']);
    const without = lockWith('wearer');
    const file = new Blob(['x']);

    await expect(keyholder.lock.submitVerificationPicture(file)).rejects.toThrow(
      `submitVerificationPicture is a wearer action; you are the keyholder of lock ${LOCK_ID}`,
    );
    await expect(without.lock.submitVerificationPicture(file)).rejects.toThrow(
      'needs the verification-picture extension',
    );
    expect([...keyholder.stub.calls, ...without.stub.calls]).toEqual([]);
  });

  it('refuses something that is not a file', async () => {
    const { stub, lock } = lockWith('wearer', ['verification-picture']);

    await expect(lock.submitVerificationPicture('cage.jpg' as never))
      .rejects.toThrow(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });
});

describe('penalties', () => {
  it('reads the penalty session through the penalty extension\'s id', async () => {
    const { stub, lock } = lockWith('wearer', ['penalty']);
    stub.reply({ habits: [], penaltyPeriods: [] });

    expect(await lock.penalties()).toEqual({ habits: [], penaltyPeriods: [] });
    expect(stub.onlyCall()).toMatchObject({
      method: 'GET',
      path: '/locks/{lockId}/extensions/{extensionId}/penalty-session',
      params: { path: { lockId: LOCK_ID, extensionId: 'ext-penalty' } },
    });
  });

  it('pages through penalty periods with the last period id as the cursor', async () => {
    const { stub, lock } = lockWith('wearer', ['penalty']);
    stub.reply({ results: [{ _id: 'p1' }], hasMore: true, count: 2 })
      .reply({ results: [{ _id: 'p2' }], hasMore: false, count: 2 });

    const periods = await lock.penaltyPeriods({ habitName: 'default_dice', limit: 1 })
      .collect({ limit: 5 });

    expect(periods.map((period) => period._id)).toEqual(['p1', 'p2']);
    expect(stub.calls[0]?.path)
      .toBe('/locks/{lockId}/extensions/{extensionId}/penalty-session/penalty-periods/search');
    expect(stub.calls.map((call) => call.body)).toEqual([
      { habitName: 'default_dice', limit: 1, cursor: undefined },
      { habitName: 'default_dice', limit: 1, cursor: 'p1' },
    ]);
  });

  it('refuses penalties on a lock without the penalty extension', async () => {
    const { stub, lock } = lockWith('wearer', ['dice']);

    await expect(lock.penalties()).rejects.toThrow('penalties needs the penalty extension');
    expect(() => lock.penaltyPeriods({ habitName: 'x' })).toThrow(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });
});

describe('chaster.keyholder.searchLocks', () => {
  it('pages by number from 0 until the last page', async () => {
    const stub = createStubClient();
    stub.reply({ pages: 2, total: 3, locks: [lockBody({ role: 'keyholder' }), lockBody()] })
      .reply({ pages: 2, total: 3, locks: [lockBody({ _id: 'third' })] });

    const keyholder = new KeyholderResource(stub.context);
    const locks = await keyholder.searchLocks({ status: 'locked', search: 'al', limit: 2 })
      .collect({ limit: 10 });

    expect(locks.map((lock) => lock.id)).toEqual([LOCK_ID, LOCK_ID, 'third']);
    expect(stub.calls.map((call) => [call.method, call.path, call.body])).toEqual([
      ['POST', '/keyholder/locks/search',
        { criteria: undefined, status: 'locked', search: 'al', page: 0, limit: 2 }],
      ['POST', '/keyholder/locks/search',
        { criteria: undefined, status: 'locked', search: 'al', page: 1, limit: 2 }],
    ]);
  });

  it('gives the total with the first page', async () => {
    const stub = createStubClient();
    stub.reply({ pages: 5, total: 42, locks: [lockBody()] });

    const first = await new KeyholderResource(stub.context).searchLocks({ limit: 1 });

    expect([first.total, first.hasMore, first.items[0]?.id]).toEqual([42, true, LOCK_ID]);
  });

  it.each(['a', ' b ', ''])('refuses the search %j, shorter than 2 characters', (search) => {
    const stub = createStubClient();
    const keyholder = new KeyholderResource(stub.context);

    expect(() => keyholder.searchLocks({ search, limit: 10 })).toThrow('at least 2 characters');
    expect(stub.calls).toEqual([]);
  });

  it('refuses a limit that is not a positive integer', () => {
    const stub = createStubClient();

    expect(() => new KeyholderResource(stub.context).searchLocks({ limit: 0 }))
      .toThrow('positive integer');
    expect(stub.calls).toEqual([]);
  });
});
