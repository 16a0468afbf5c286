import { ConsentPurpose, ConsentState } from '@convene/domain';
import type { DataSource } from 'typeorm';

/**
 * SQL for "the current consent state of a person for a purpose", for other domains' queries (the people
 * directory, exports): the action of the person's latest event for the purpose, NULL when none (NOT_ASKED).
 * `personId` is an SQL expression; `purposeParam` a named parameter (`:name`) holding the purpose.
 */
export function latestConsentActionSql(personId: string, purposeParam: string): string {
  return `(SELECT ce.action FROM consent_events ce WHERE ce.person_id = ${personId} AND ce.purpose = ${purposeParam}
            ORDER BY ce.id DESC LIMIT 1)`;
}

/** A condition: the person's consent to the purpose is in `state` now. */
export function consentStateSql(personId: string, purposeParam: string, state: ConsentState): string {
  const latest = latestConsentActionSql(personId, purposeParam);
  return state === ConsentState.NOT_ASKED ? `${latest} IS NULL` : `${latest} = '${state}'`;
}

/** Of `personIds`, those who have consent to `purpose` given now (one query for a batch). */
export async function peopleWithConsent(
  db: DataSource,
  personIds: readonly string[],
  purpose: ConsentPurpose,
): Promise<Set<string>> {
  const unique = [...new Set(personIds)];
  if (!unique.length) return new Set();
  const rows = await db.query<{ person_id: string; action: string }[]>(
    `SELECT DISTINCT ON (person_id) person_id, action FROM consent_events
      WHERE person_id = ANY($1::uuid[]) AND purpose = $2 ORDER BY person_id, id DESC`,
    [unique, purpose],
  );
  return new Set(rows.filter((r) => r.action === 'GIVEN').map((r) => r.person_id));
}

/** For `personIds`, the purposes each has consent given to now. */
export async function givenPurposesOf(
  db: DataSource,
  personIds: readonly string[],
): Promise<Map<string, ConsentPurpose[]>> {
  const unique = [...new Set(personIds)];
  const out = new Map<string, ConsentPurpose[]>();
  if (!unique.length) return out;
  const rows = await db.query<{ person_id: string; purpose: ConsentPurpose; action: string }[]>(
    `SELECT DISTINCT ON (person_id, purpose) person_id, purpose, action FROM consent_events
      WHERE person_id = ANY($1::uuid[]) ORDER BY person_id, purpose, id DESC`,
    [unique],
  );
  for (const r of rows) {
    if (r.action !== 'GIVEN') continue;
    const list = out.get(r.person_id);
    if (list) list.push(r.purpose);
    else out.set(r.person_id, [r.purpose]);
  }
  return out;
}
