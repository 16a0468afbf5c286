import { useTranslation } from 'react-i18next';

const FIELDS = [
  'name',
  'acronym',
  'kind',
  'scope',
  'countryCode',
  'website',
  'description',
  'themes',
  'riskLevel',
] as const;

/** Field names for people, for history and timeline changes. */
export function useOrganizationFieldLabel(): (field: string) => string | undefined {
  const { t } = useTranslation('organizations');
  return (field) => {
    const known = FIELDS.find((candidate) => candidate === field);
    return known ? t(`fields.${known}`) : undefined;
  };
}
