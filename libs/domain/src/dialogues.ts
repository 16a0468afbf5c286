/** What kind of part of a Dialogue's programme a session is. */
export enum SessionFormat {
  PLENARY = 'PLENARY',
  PANEL = 'PANEL',
  BREAKOUT = 'BREAKOUT',
  WORKSHOP = 'WORKSHOP',
  SIDE_EVENT = 'SIDE_EVENT',
  OTHER = 'OTHER',
}

/** The part a person plays at a Dialogue. */
export enum ParticipationRole {
  PARTICIPANT = 'PARTICIPANT',
  SPEAKER = 'SPEAKER',
  MODERATOR = 'MODERATOR',
  CO_CHAIR = 'CO_CHAIR',
  OBSERVER = 'OBSERVER',
  ORGANISER = 'ORGANISER',
}

/** Where a person stands with a Dialogue, from the invitation to the day itself. */
export enum ParticipationStatus {
  INVITED = 'INVITED',
  REGISTERED = 'REGISTERED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

/** Statuses of people who were expected at a Dialogue or came: the "invited" group of representation figures. */
export const INVITED_OR_ATTENDED: readonly ParticipationStatus[] = [
  ParticipationStatus.INVITED,
  ParticipationStatus.REGISTERED,
  ParticipationStatus.ATTENDED,
];

/**
 * Aggregates never reveal a small group: a count below this is reported as "fewer than N", never as a number
 * (zero included: "nobody from the region" can be as telling as "one person").
 */
export const SMALL_GROUP_THRESHOLD = 5;

export interface SuppressedCount {
  /** Null when suppressed. */
  count: number | null;
  /** count / total, null when the count or the total is suppressed (or the total is 0). */
  share: number | null;
  suppressed: boolean;
}

/** A count as it may be shown: below the threshold it becomes null and `suppressed`. */
export function suppress(count: number, total: number, threshold = SMALL_GROUP_THRESHOLD): SuppressedCount {
  if (count < threshold) return { count: null, share: null, suppressed: true };
  const share = total >= threshold && total > 0 ? count / total : null;
  return { count, share, suppressed: false };
}

/** Self-described genders counted as women in representation figures (compared trimmed, ignoring case). */
export const WOMAN_GENDER_TERMS: readonly string[] = ['woman', 'female', 'femme'];

export function isWoman(gender: string | null | undefined): boolean {
  return !!gender && WOMAN_GENDER_TERMS.includes(gender.trim().toLowerCase());
}

/** HH:MM on a 24-hour clock, e.g. 09:30 or 17:05. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
