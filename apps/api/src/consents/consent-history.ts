import { CONSENT_PURPOSES, type ConsentPurpose } from '@convene/domain';

/** History field names of consent changes on the person, e.g. `consent.CONTACT`. */
export const consentHistoryField = (purpose: ConsentPurpose) => `consent.${purpose}`;

/** Every consent field of a person's history: withheld with the person. */
export const CONSENT_HISTORY_FIELDS: readonly string[] = CONSENT_PURPOSES.map(consentHistoryField);
