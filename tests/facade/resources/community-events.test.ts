import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../../src/errors/index.js';
import { CommunityEventsResource } from '../../../src/facade/resources/community-events.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { liveContext } from './support.js';

const PERIOD = {
  start: '2024-10-01T00:00:00.000Z',
  end: '2024-10-31T23:59:59.999Z',
  categories: { locktober: 12 },
  actions: { locked_day: 12 },
};

describe('communityEvents against the stub client', () => {
  it('reads the categories', async () => {
    const stub = createStubClient()
      .reply([{ name: 'locktober', title: 'Locktober', actions: [], maxPoints: null }]);

    const categories = await new CommunityEventsResource(stub.context).categories();

    expect(`${stub.onlyCall().method} ${stub.onlyCall().path}`)
      .toBe('GET /community-event/categories');
    expect(categories[0]?.name).toBe('locktober');
  });

  it('sends a Date as an ISO-8601 date-time and a string as given', async () => {
    const stub = createStubClient().reply(PERIOD).reply(PERIOD);
    const events = new CommunityEventsResource(stub.context);

    const period = await events.details(new Date(Date.UTC(2024, 9, 15, 12)));
    await events.details('2024-10-16T00:00:00Z');

    expect(stub.calls.map((call) => [call.method, call.path, call.body])).toEqual([
      ['POST', '/community-event/details', { date: '2024-10-15T12:00:00.000Z' }],
      ['POST', '/community-event/details', { date: '2024-10-16T00:00:00Z' }],
    ]);
    expect(period).toEqual(PERIOD);
  });

  it('refuses an invalid Date and an empty string without a request', async () => {
    const stub = createStubClient();
    const events = new CommunityEventsResource(stub.context);

    await expect(events.details(new Date('not a date'))).rejects.toThrow('a valid date');
    await expect(events.details('')).rejects.toBeInstanceOf(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });
});

describe('communityEvents end to end', () => {
  beforeEach(isolateNetwork);
  afterEach(resetNetwork);

  it('posts the date and reads the period over HTTP', async () => {
    nock(API)
      .post('/community-event/details', { date: '2024-10-15T12:00:00.000Z' })
      .reply(201, PERIOD);

    const period = await new CommunityEventsResource(liveContext())
      .details(new Date('2024-10-15T12:00:00.000Z'));

    expect(period.categories).toEqual({ locktober: 12 });
  });
});
