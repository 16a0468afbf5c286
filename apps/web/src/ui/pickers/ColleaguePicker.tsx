import { useQuery } from '@apollo/client/react';
import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/CurrentUser';
import { ColleaguesDocument } from './pickerDocuments';

/** The enabled users one may hand work to, the signed-in user first and marked "(me)". */
function useColleagueOptions(extra: readonly { id: string; displayName: string }[] = []) {
  const { t } = useTranslation('engagements');
  const me = useCurrentUser();
  const { data, loading } = useQuery(ColleaguesDocument);
  const options = useMemo(() => {
    const all = new Map<string, string>();
    all.set(me.id, me.displayName);
    for (const c of data?.colleagues ?? []) all.set(c.id, c.displayName);
    for (const c of extra) if (!all.has(c.id)) all.set(c.id, c.displayName);
    return [...all].map(([value, name]) => ({
      value,
      label: value === me.id ? t('pickers.me', { name }) : name,
    }));
  }, [data, extra, me.id, me.displayName, t]);
  return { options, loading };
}

export type ColleaguePickerProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: string[];
  onChange: (ids: string[]) => void;
  /** Users already on the record who may no longer be colleagues (disabled since), so they still show. */
  known?: readonly { id: string; displayName: string }[];
};

/** Several colleagues (engagement staff, say): a searchable multi-select over the `colleagues` query. */
export function ColleaguePicker({ value, onChange, known, ...props }: ColleaguePickerProps) {
  const { t } = useTranslation('engagements');
  const { options } = useColleagueOptions(known);
  return (
    <MultiSelect
      searchable
      hidePickedOptions
      nothingFoundMessage={t('pickers.noColleague')}
      {...props}
      data={options}
      value={value}
      onChange={onChange}
    />
  );
}

export type ColleagueSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (id: string | null) => void;
  known?: readonly { id: string; displayName: string }[];
};

/** One colleague (a follow-up's owner, say). */
export function ColleagueSelect({ value, onChange, known, ...props }: ColleagueSelectProps) {
  const { t } = useTranslation('engagements');
  const { options } = useColleagueOptions(known);
  return (
    <Select
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('pickers.noColleague')}
      {...props}
      data={options}
      value={value}
      onChange={onChange}
    />
  );
}
