/**
 * The community event (categories, and the caller's points for a day) and reports.
 */
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isDateString, validateBody } from '../engine/validation.js';
import { COMMUNITY_EVENT_CATEGORIES, periodDetails } from '../social/community-event.js';
import { fileReport } from '../social/reports.js';

/** Handlers for the community event and reports. */
export const socialCommunityHandlers: HandlerTable = {
  CommunityEventController_getCategories: ({ caller: _signedIn }) =>
    ok(COMMUNITY_EVENT_CATEGORIES),

  CommunityEventController_getPeriodDetails({ world, caller, request }) {
    const { date } = validateBody(request.body, { date: isDateString() });
    return created(periodDetails(world, caller, Date.parse(date)));
  },

  ReportCreationController_createReport({ world, caller, request }) {
    fileReport(world, caller, request.body);
    return created();
  },
};
