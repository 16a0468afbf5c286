import { useTranslation } from 'react-i18next';

const FIELDS = [
  'fullName',
  'email',
  'phone',
  'countryCode',
  'gender',
  'ageBand',
  'ageBandDeclaredOn',
  'languages',
  'notes',
  'themes',
  'riskLevel',
] as const;

/** Field names for people, for history and timeline changes. */
export function usePersonFieldLabel(): (field: string) => string | undefined {
  const { t } = useTranslation('people');
  return (field) => {
    const known = FIELDS.find((candidate) => candidate === field);
    return known ? t(`fields.${known}`) : undefined;
  };
}
