/**
 * Matching users against `SearchUsersCriteria`, for the user search and the creator filter of
 * the public lock search. Users in the fake have no sexual orientation, location or activity
 * status, so those criteria are accepted and ignored; nobody in the fake is a findom.
 */
import type { components } from '../../../generated/chaster.js';
import type { UserRecord } from '../world/records.js';

/** The criteria as the document describes them; everything is optional. */
export type UserCriteria = Partial<components['schemas']['SearchUsersCriteria']>;

// Chaster counts 65 as "65 or older".
const OLDEST_AGE = 65;

function ageOn(birthDate: string, now: number): number {
  const born = new Date(birthDate);
  const today = new Date(now);
  const beforeBirthday = today.getUTCMonth() * 100 + today.getUTCDate()
    < born.getUTCMonth() * 100 + born.getUTCDate();

  return today.getUTCFullYear() - born.getUTCFullYear() - (beforeBirthday ? 1 : 0);
}

function matchesRole(user: UserRecord, role: UserCriteria['role']): boolean {
  if (role === undefined || (!role.wearer && !role.keyholder)) return true;
  if (user.role === 'switch') return true;
  return (role.wearer && user.role === 'wearer') || (role.keyholder && user.role === 'keyholder');
}

function matchesAge(user: UserRecord, age: UserCriteria['age'], now: number): boolean {
  if (age === undefined) return true;
  if (user.birthDate === null) return false;

  const years = ageOn(user.birthDate, now);
  return years >= age.minAge && (age.maxAge >= OLDEST_AGE || years <= age.maxAge);
}

function matchesGender(user: UserRecord, genders: UserCriteria['genders']): boolean {
  if (genders === undefined || genders.length === 0) return true;
  return genders.some((gender) => gender.toLowerCase() === user.gender.toLowerCase());
}

/** Whether `user` meets every criterion given. */
export function matchesUserCriteria(user: UserRecord, criteria: UserCriteria, now: number) {
  return matchesRole(user, criteria.role)
    && matchesAge(user, criteria.age, now)
    && matchesGender(user, criteria.genders)
    && criteria.isFindom !== true;
}
