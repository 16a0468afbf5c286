import type { ListSpec } from './listState';

const SORT_KEYS = ['name', 'created', 'updated'] as const;

export const ORGANIZATION_COLUMNS = [
  'name',
  'kind',
  'country',
  'region',
  'globalSouth',
  'themes',
  'coreGroup',
  'lastEngagement',
  'updated',
  'created',
  'risk',
] as const;

export const PERSON_COLUMNS = [
  'name',
  'organization',
  'country',
  'region',
  'globalSouth',
  'languages',
  'themes',
  'updated',
  'created',
  'risk',
] as const;

/** The URL state each directory owns (see listState.ts). */
export const DIRECTORY_SPECS = {
  organizations: {
    filterKeys: ['kind', 'country', 'region', 'gs', 'theme', 'cycle', 'risk', 'core'],
    sortKeys: SORT_KEYS,
    defaultSort: { key: 'name', descending: false },
    columnIds: ORGANIZATION_COLUMNS,
  },
  people: {
    filterKeys: ['country', 'region', 'gs', 'theme', 'cycle', 'org', 'risk', 'consent'],
    sortKeys: SORT_KEYS,
    defaultSort: { key: 'name', descending: false },
    columnIds: PERSON_COLUMNS,
  },
} as const satisfies Record<string, ListSpec>;

/** The API's sort field for a directory sort key. */
export const SORT_FIELDS = { name: 'NAME', created: 'CREATED_AT', updated: 'UPDATED_AT' } as const;
export const sortFieldOf = (key: string) =>
  key in SORT_FIELDS ? SORT_FIELDS[key as keyof typeof SORT_FIELDS] : SORT_FIELDS.name;
