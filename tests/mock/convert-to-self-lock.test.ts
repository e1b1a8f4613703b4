import { describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import { call } from './support.js';

describe('converting a lock to a self-lock', () => {
  it('lets the wearer drop the keyholder, and writes it in the history', async () => {
    const mock = createMockChaster();
    const lock = mock.createLock({ wearer: 'sam', keyholder: 'kim' });
    const path = `/locks/${lock.id}/convert-to-self-lock`;

    const byKeyholder = await call(mock, 'POST', path, { as: mock.users.kim });
    const byWearer = await call(mock, 'POST', path, { as: mock.users.sam });
    const again = await call(mock, 'POST', path, { as: mock.users.sam });

    expect(byKeyholder.status).toBe(403);
    expect(byWearer.status).toBe(201);
    expect(again.status).toBe(400);
    expect(lock.keyholderId).toBeNull();
    expect(lock.history.at(-1)?.type).toBe('converted_to_self_lock');
  });
});
