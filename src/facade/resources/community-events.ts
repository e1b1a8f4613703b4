import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import { assertText } from './inputs.js';
import type { CommunityEventCategory, CommunityEventPeriod } from './schemas.js';

/**
 * Community events (`chaster.communityEvents`) such as Locktober: the point categories, and the
 * caller's points for a period.
 *
 * @example
 * ```ts
 * const period = await chaster.communityEvents.details(new Date());
 * console.log(period.start, period.end, period.categories);
 * ```
 */
export class CommunityEventsResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.communityEvents` holds, over the Layer 1 client of `context`; `Chaster`
   * does this for you.
   *
   * @example
   * ```ts
   * const communityEvents = new CommunityEventsResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * The categories points are earned in, with their actions and caps.
   *
   * @example
   * ```ts
   * const categories = await chaster.communityEvents.categories();
   * ```
   */
  async categories(options: SignalOptions = {}): Promise<CommunityEventCategory[]> {
    return unwrap(await this.context.client.GET('/community-event/categories', {
      signal: options.signal,
    }));
  }

  /**
   * The caller's points, by category and by action, for the event period containing a date.
   *
   * @param date - A `Date`, or an ISO-8601 date-time string sent as it is.
   * @throws {ChasterUsageError} for an invalid `Date` or an empty string, before any request.
   * @example
   * ```ts
   * const period = await chaster.communityEvents.details('2024-10-15T12:00:00.000Z');
   * ```
   */
  async details(date: Date | string, options: SignalOptions = {}): Promise<CommunityEventPeriod> {
    const body = { date: toDateTime(date) };

    return unwrap(await this.context.client.POST('/community-event/details', {
      body,
      signal: options.signal,
    }));
  }
}

function toDateTime(date: Date | string): string {
  if (!(date instanceof Date)) {
    assertText(date, 'date', 'communityEvents.details');
    return date;
  }

  if (Number.isNaN(date.getTime())) {
    throw new ChasterUsageError('communityEvents.details needs a valid date, got an invalid Date');
  }
  return date.toISOString();
}

/** How each Community Events operation is reached. */
export const coverage = {
  CommunityEventController_getCategories: 'chaster.communityEvents.categories()',
  CommunityEventController_getPeriodDetails: 'chaster.communityEvents.details(date)',
} satisfies Coverage;
