import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { SEARCH_DEBOUNCE_MS } from './SearchInput';

export const OrganizationOptionsDocument = graphql(`
  query DirectoryOrganizationOptions($text: String) {
    organizations(first: 20, filter: { text: $text }) {
      edges {
        node {
          id
          name
          acronym
          withheld
        }
      }
    }
  }
`);

export const OrganizationNameDocument = graphql(`
  query DirectoryOrganizationName($id: ID!) {
    organization(id: $id) {
      id
      name
      acronym
      withheld
    }
  }
`);

/** The name an organisation is picked and shown by; a withheld one reads "Withheld". */
export function useOrganizationName(id: string | null): string | null {
  const { t } = useTranslation('ui');
  const { data } = useQuery(OrganizationNameDocument, { variables: { id: id ?? '' }, skip: !id });
  const o = data?.organization;
  if (!o) return null;
  return o.withheld.includes('name') ? t('withheld.label') : (o.name ?? '');
}

/** Search-as-you-type for one organisation (the server matches names without accents). */
export function OrganizationPicker({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  placeholder?: string;
}) {
  const { t } = useTranslation('directory');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const currentName = useOrganizationName(value);
  const { data, loading } = useQuery(OrganizationOptionsDocument, {
    variables: { text: debounced.trim() || null },
  });
  const options = (data?.organizations.edges ?? [])
    .map((e) => e.node)
    .filter((o) => !o.withheld.includes('name'))
    .map((o) => ({ value: o.id, label: o.acronym ? `${o.name ?? ''} (${o.acronym})` : (o.name ?? '') }));
  if (value && currentName && !options.some((o) => o.value === value))
    options.unshift({ value, label: currentName });
  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('filters.organizationSearch')}
      searchable
      clearable
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('count.loading') : t('empty.filteredTitle')}
      comboboxProps={{ withinPortal: false }}
    />
  );
}
