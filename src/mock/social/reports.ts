/**
 * Reports users file about messages, shared locks, users and posts. The fake only checks and
 * stores them; posts are not modelled, so reporting one answers 404.
 */
import { badRequest, notFound } from '../engine/http-error.js';
import { isIn, isString, optional, validateBody } from '../engine/validation.js';
import type { Rule } from '../engine/validation.js';
import type { UserRecord } from '../world/records.js';
import { domainStore } from '../world/world.js';
import type { World } from '../world/world.js';
import { conversations, memberOf } from './messaging/records.js';
import { requireUser } from './people.js';
import { requireSharedLock } from './shared-locks/records.js';

/** The reasons a report may give. */
export const REPORT_REASONS = [
  'harassment',
  'suicide_self_injury',
  'inappropriate_content',
  'hate_speech',
  'unsolicited_content',
  'unauthorized_financial_activity',
  'other',
] as const;

const TARGET_ID_FIELDS = {
  message: 'messageId',
  post: 'postId',
  shared_lock: 'sharedLockId',
  user: 'userId',
} as const;

type TargetType = keyof typeof TARGET_ID_FIELDS;

/** A stored report. */
export interface ReportRecord {
  readonly id: string;
  readonly reporterId: string;
  readonly targetType: TargetType;
  readonly targetId: string;
  readonly reason: (typeof REPORT_REASONS)[number];
  readonly message: string | null;
  readonly createdAt: number;
}

/** Every report filed, oldest first. */
export function reports(world: World): ReportRecord[] {
  return domainStore(world, 'social.reports', (): ReportRecord[] => []);
}

function requireTarget(world: World, reporter: UserRecord, type: TargetType, id: string): void {
  if (type === 'user') {
    if (requireUser(world, id).id === reporter.id) throw badRequest('You cannot report yourself');
  } else if (type === 'shared_lock') {
    requireSharedLock(world, id);
  } else if (type === 'message') {
    // Only a message the reporter could read can be reported.
    const visible = [...conversations(world).values()].some(
      (conversation) => memberOf(conversation, reporter) !== undefined
        && conversation.messages.some((message) => message.id === id),
    );
    if (!visible) throw notFound('Message not found');
  } else {
    throw notFound('Post not found');
  }
}

/** A report's target as sent: its type and the id field that type names. */
interface ReportTarget {
  type: string;
  [field: string]: unknown;
}

/** One of the four target shapes, checked like class-validator checks the DTO's `oneOf`. */
function isTarget(): Rule<ReportTarget> {
  return {
    check(value, property) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return [`${property} must be an object`];
      }

      const target = value as Record<string, unknown>;
      const types = Object.keys(TARGET_ID_FIELDS);
      if (typeof target.type !== 'string' || !types.includes(target.type)) {
        return [`${property}.type must be one of the following values: ${types.join(', ')}`];
      }

      const idField = TARGET_ID_FIELDS[target.type as TargetType];
      return typeof target[idField] === 'string' ? [] : [`${property}.${idField} must be a string`];
    },
  };
}

/** Checks a `CreateReportDto` body, then stores the report. */
export function fileReport(world: World, reporter: UserRecord, body: unknown): ReportRecord {
  const input = validateBody(body, {
    reason: isIn(REPORT_REASONS),
    message: optional(isString()),
    target: isTarget(),
  });
  const type = input.target.type as TargetType;
  const targetId = String(input.target[TARGET_ID_FIELDS[type]]);
  requireTarget(world, reporter, type, targetId);

  const report: ReportRecord = {
    id: world.ids.next(),
    reporterId: reporter.id,
    targetType: type,
    targetId,
    reason: input.reason,
    message: input.message ?? null,
    createdAt: world.clock.now(),
  };
  reports(world).push(report);
  return report;
}
