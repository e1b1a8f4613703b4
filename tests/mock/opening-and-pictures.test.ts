import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { act, call, field, HOUR_MS, latestEntries } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});

async function newCombination(code: string): Promise<string> {
  const result = await call(mock, 'POST', '/combinations/code', {
    as: mock.users.wes,
    body: { code },
  });
  return String(field(result.body, 'combinationId'));
}

describe('hygiene opening', () => {
  const path = () => `/extensions/temporary-opening/${mock.locks.wes.id}/combination`;
  const relock = (combinationId: string) =>
    call(mock, 'POST', path(), { as: mock.users.wes, body: { combinationId } });

  it('reveals the combination to the wearer only while opened', async () => {
    const { wes } = mock.users;
    const lock = mock.locks.wes;

    const before = await call(mock, 'GET', path(), { as: wes });
    const opened = await act(mock, wes, lock, 'temporary-opening', 'submit');
    const during = await call(mock, 'GET', path(), { as: wes });
    const [entry] = await latestEntries(mock, wes, lock.id, 1);

    expect(before.status).toBe(403);
    expect(opened.status).toBe(201);
    expect(during.body).toMatchObject({ _id: lock.combinationId, type: 'code' });
    expect(entry).toMatchObject({
      type: 'temporary_opening_opened',
      extension: 'temporary-opening',
    });
  });

  it('relocks on time with a new combination and no penalty', async () => {
    const { wes } = mock.users;
    const lock = mock.locks.wes;
    const endsAt = lock.endsAt;
    await act(mock, wes, lock, 'temporary-opening', 'submit');
    const fresh = await newCombination('9876');
    mock.clock.advance(600_000);

    const relocked = await call(mock, 'POST', path(), {
      as: wes,
      body: { combinationId: fresh },
    });
    const [entry] = await latestEntries(mock, wes, lock.id, 1);
    const hidden = await call(mock, 'GET', path(), { as: wes });

    expect(relocked.status).toBe(201);
    expect(lock.combinationId).toBe(fresh);
    expect(lock.endsAt).toBe(endsAt);
    expect(entry).toMatchObject({
      type: 'temporary_opening_locked',
      payload: { unlockedTime: 600, penaltyTime: 0 },
    });
    expect(hidden.status).toBe(403);
  });

  it('adds the penalty when relocking late', async () => {
    const { wes } = mock.users;
    const lock = mock.locks.wes;
    const endsAt = lock.endsAt;
    await act(mock, wes, lock, 'temporary-opening', 'submit');
    const fresh = await newCombination('5555');
    mock.clock.advance(1_000_500);

    await call(mock, 'POST', path(), { as: wes, body: { combinationId: fresh } });
    const [entry] = await latestEntries(mock, wes, lock.id, 1);

    expect(lock.endsAt - endsAt).toBe(HOUR_MS);
    expect(entry).toMatchObject({
      type: 'temporary_opening_locked_late',
      payload: { unlockedTime: 1000.5, penaltyTime: 3600 },
    });
  });

  it('lets the keyholder open without spending the wearer\'s regular action', async () => {
    const { wes, kim } = mock.users;
    const lock = mock.locks.wes;

    const byKeyholder = await act(mock, kim, lock, 'temporary-opening', 'keyholderOpen');
    await relock(await newCombination('1'));
    const byWearer = await act(mock, wes, lock, 'temporary-opening', 'submit');
    await relock(await newCombination('2'));
    const twice = await act(mock, wes, lock, 'temporary-opening', 'submit');

    expect([byKeyholder.status, byWearer.status]).toEqual([201, 201]);
    expect(twice.body).toMatchObject({ message: 'No action remaining' });
  });

  it('finds the combination an opening revealed from its history entry', async () => {
    const { wes } = mock.users;
    const lock = mock.locks.wes;
    const revealed = lock.combinationId;
    await act(mock, wes, lock, 'temporary-opening', 'submit');
    const [entry] = await latestEntries(mock, wes, lock.id, 1);
    await relock(await newCombination('3'));

    const fromEntry = await call(
      mock,
      'GET',
      `/extensions/temporary-opening/${lock.id}/action-log/${String(entry?._id)}/combination`,
      { as: wes },
    );

    expect(fromEntry.body).toMatchObject({ _id: revealed });
  });

  it('refuses to relock a lock that is not opened', async () => {
    const result = await call(mock, 'POST', path(), {
      as: mock.users.wes,
      body: { combinationId: await newCombination('4') },
    });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ message: 'The lock is not temporarily opened' });
  });
});

function pictureForm(withCode: boolean): FormData {
  const form = new FormData();
  const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
  form.append('file', jpeg, 'me.jpg');
  form.append('enableVerificationCode', String(withCode));
  return form;
}

const submitPath = (lockId: string) => `/extensions/verification-picture/${lockId}/submit`;

describe('verification pictures', () => {
  it('stores a multipart submission with the code the keyholder asked for', async () => {
    const { wes, kim } = mock.users;
    const lock = mock.locks.wes;

    const request = await act(mock, kim, lock, 'verification-picture', 'createVerificationRequest');
    const asked = await call(mock, 'GET', `/locks/${lock.id}`, { as: wes });
    const submit = await mock.fetch(submitPath(lock.id), {
      method: 'POST',
      headers: { authorization: `Bearer ${wes.token}` },
      body: pictureForm(true),
    });
    const picturesPath = `/locks/${lock.id}/verification-pictures`;
    const pictures = await call(mock, 'GET', picturesPath, { as: kim });
    const view = await call(mock, 'GET', `/locks/${lock.id}`, { as: kim });
    const [entry] = await latestEntries(mock, kim, lock.id, 1);

    expect(request.status).toBe(201);
    expect(field(asked.body, 'availableHomeActions')).toContainEqual(
      expect.objectContaining({ slug: 'verification-picture', badge: '1' }),
    );
    expect(submit.status).toBe(201);
    const [picture] = pictures.body as Record<string, unknown>[];
    expect(picture?.verificationCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(field(view.body, 'lastVerificationPicture')).toMatchObject({
      filename: 'me.jpg',
      verificationCode: picture?.verificationCode,
    });
    expect(entry).toMatchObject({ type: 'verification_picture_submitted' });
  });

  it('answers 400 when the file is missing', async () => {
    const form = new FormData();
    form.append('enableVerificationCode', 'false');

    const response = await mock.fetch(submitPath(mock.locks.wes.id), {
      method: 'POST',
      headers: { authorization: `Bearer ${mock.users.wes.token}` },
      body: form,
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: ['file should not be empty'] });
  });

  it('answers 400 on a lock without the extension', async () => {
    const response = await mock.fetch(submitPath(mock.locks.sam.id), {
      method: 'POST',
      headers: { authorization: `Bearer ${mock.users.sam.token}` },
      body: pictureForm(false),
    });

    expect(response.status).toBe(400);
  });
});
