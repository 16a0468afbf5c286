/**
 * What a person may agree to, one purpose at a time (UN Personal Data Protection and Privacy Principles, 2018):
 * each is asked, given and withdrawn on its own, and every feature that uses data for a purpose checks it.
 */
export enum ConsentPurpose {
  /** Being contacted (email, phone): contact details leave Convene only with this consent. */
  CONTACT = 'CONTACT',
  /** Being named in a Dialogue participant list. */
  LIST_AS_PARTICIPANT = 'LIST_AS_PARTICIPANT',
  /** Being photographed or recorded (audio, video). */
  PHOTOGRAPH_OR_RECORD = 'PHOTOGRAPH_OR_RECORD',
  /** Being quoted. */
  QUOTE = 'QUOTE',
  /** Having their data shared with Member States. */
  SHARE_WITH_MEMBER_STATES = 'SHARE_WITH_MEMBER_STATES',
  /** Having their data shared with other UN entities. */
  SHARE_WITH_UN_ENTITIES = 'SHARE_WITH_UN_ENTITIES',
  /** Public attribution of their inputs (their name next to what they said or wrote). */
  PUBLIC_ATTRIBUTION = 'PUBLIC_ATTRIBUTION',
}

export const CONSENT_PURPOSES: readonly ConsentPurpose[] = Object.values(ConsentPurpose);

/** How consent (or its withdrawal) was given. */
export enum ConsentMethod {
  WRITTEN_FORM = 'WRITTEN_FORM',
  EMAIL = 'EMAIL',
  /** Said aloud (in person or by phone): who heard it is recorded (`takenBy`). */
  VERBAL = 'VERBAL',
  ONLINE_FORM = 'ONLINE_FORM',
  OTHER = 'OTHER',
}

/** What an event of the consent record says. */
export enum ConsentAction {
  GIVEN = 'GIVEN',
  WITHDRAWN = 'WITHDRAWN',
}

/** Where a person stands on one purpose now: the latest event, or NOT_ASKED when there is none. */
export enum ConsentState {
  GIVEN = 'GIVEN',
  WITHDRAWN = 'WITHDRAWN',
  NOT_ASKED = 'NOT_ASKED',
}

/** One event as the rules need it. Events of a purpose are ordered by `seq` (the order they were recorded). */
export interface ConsentEventFacts {
  seq: number;
  purpose: ConsentPurpose;
  action: ConsentAction;
  /** YYYY-MM-DD */
  date: string;
}

/** The current state of each purpose: the latest event decides; no event is NOT_ASKED. */
export function currentConsent<E extends ConsentEventFacts>(
  events: readonly E[],
): Map<ConsentPurpose, { state: ConsentState; latest: E | null; lastGiven: E | null }> {
  const out = new Map<ConsentPurpose, { state: ConsentState; latest: E | null; lastGiven: E | null }>();
  for (const purpose of CONSENT_PURPOSES)
    out.set(purpose, { state: ConsentState.NOT_ASKED, latest: null, lastGiven: null });
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    const entry = out.get(event.purpose);
    if (!entry) continue;
    entry.latest = event;
    entry.state = event.action === ConsentAction.GIVEN ? ConsentState.GIVEN : ConsentState.WITHDRAWN;
    if (event.action === ConsentAction.GIVEN) entry.lastGiven = event;
  }
  return out;
}

/**
 * Why a new event cannot be recorded, or null when it can: the date may not be in the future (`today`, the
 * recorder's YYYY-MM-DD) nor before the latest event of the purpose (the record reads as a story, in order);
 * only given consent can be withdrawn.
 */
export function consentEventProblem(
  action: ConsentAction,
  date: string,
  today: string,
  latest: Pick<ConsentEventFacts, 'action' | 'date'> | null,
): { field: 'date' | 'purposes'; message: string } | null {
  if (date > today) return { field: 'date', message: `cannot be in the future (today is ${today})` };
  if (action === ConsentAction.WITHDRAWN && latest?.action !== ConsentAction.GIVEN)
    return {
      field: 'purposes',
      message: latest
        ? 'consent was already withdrawn for this purpose'
        : 'no consent was recorded for this purpose, so there is nothing to withdraw',
    };
  if (latest && date < latest.date)
    return {
      field: 'date',
      message: `must be on or after ${latest.date}, the date of the last change recorded for this purpose`,
    };
  return null;
}
