import type { ConsentMethod, ConsentPurpose } from '../../../gql/graphql';

/** The seven purposes, in the order the page lists them. */
export const PURPOSES: readonly ConsentPurpose[] = [
  'CONTACT',
  'LIST_AS_PARTICIPANT',
  'PHOTOGRAPH_OR_RECORD',
  'QUOTE',
  'SHARE_WITH_MEMBER_STATES',
  'SHARE_WITH_UN_ENTITIES',
  'PUBLIC_ATTRIBUTION',
];

export const METHODS: readonly ConsentMethod[] = ['WRITTEN_FORM', 'EMAIL', 'VERBAL', 'ONLINE_FORM', 'OTHER'];

/** Today in the user's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
