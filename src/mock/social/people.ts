/**
 * Finding other users for the social routes.
 */
import { notFound } from '../engine/http-error.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';

/** The user with that id, or a 404. */
export function requireUser(world: World, userId: string): UserRecord {
  const user = world.users.get(userId);
  if (user === undefined) throw notFound('User not found');
  return user;
}

/** The user with that username, compared without case, if any. */
export function findUserByUsername(world: World, username: string): UserRecord | undefined {
  const wanted = username.toLowerCase();
  return [...world.users.values()].find((user) => user.username.toLowerCase() === wanted);
}

/** A user named by id or by username (some routes take either), or a 404. */
export function requireUserByIdOrName(world: World, idOrName: string): UserRecord {
  const user = world.users.get(idOrName) ?? findUserByUsername(world, idOrName);
  if (user === undefined) throw notFound('User not found');
  return user;
}
