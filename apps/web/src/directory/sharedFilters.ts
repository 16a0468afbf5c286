import type { TFunction } from 'i18next';
import type { DirectoryReferenceFragment } from '../gql/graphql';
import type { FilterDef } from './filters';
import { booleanFilter, cycleFilter } from './listState';

export const RISK_LEVELS = ['STANDARD', 'ELEVATED', 'HIGH'] as const;

interface Reference {
  reference: DirectoryReferenceFragment | undefined;
  countries: { iso2: string; name: string; flag: string }[] | undefined;
  /** The risk levels the user may filter by (none: no risk filter); see useRiskVisibility. */
  riskLevels: readonly (typeof RISK_LEVELS)[number][];
}

/** The filters organisations and people share: country, region, Global South, theme, cycle, risk. */
export function sharedFilters(
  t: TFunction<['directory', 'ui']>,
  { reference, countries, riskLevels }: Reference,
  formatDate: (iso: string) => string,
): FilterDef[] {
  const yesNo = [
    { value: 'yes', label: t('values.yes') },
    { value: 'no', label: t('values.no') },
  ];
  const cycles = (reference?.dialogueCycles ?? []).filter((c) => c.number > 0);
  const filters: FilterDef[] = [
    {
      key: 'country',
      label: t('filters.country'),
      type: 'multi',
      options: (countries ?? []).map((c) => ({ value: c.iso2, label: `${c.flag} ${c.name}` })),
    },
    {
      key: 'region',
      label: t('filters.region'),
      type: 'multi',
      options: (reference?.regions ?? [])
        .filter((r) => r.level === 'REGION' || r.level === 'SUB_REGION')
        .map((r) => ({ value: r.code, label: r.name })),
    },
    { key: 'gs', label: t('filters.globalSouth'), type: 'single', options: yesNo },
    {
      key: 'theme',
      label: t('filters.theme'),
      type: 'multi',
      options: (reference?.themes ?? []).map((th) => ({ value: th.key, label: th.name })),
    },
    {
      key: 'cycle',
      label: t('filters.cycle'),
      type: 'single',
      options: [
        { value: 'since', label: t('filters.sinceLastDialogue') },
        ...[...cycles].reverse().map((c) => ({
          value: String(c.number),
          label: c.to
            ? t('filters.cycleRange', {
                number: c.number,
                from: c.from ? formatDate(c.from) : '',
                to: formatDate(c.to),
              })
            : t('filters.cycleOpen', { number: c.number, from: c.from ? formatDate(c.from) : '' }),
        })),
      ],
    },
  ];
  if (riskLevels.length)
    filters.push({
      key: 'risk',
      label: t('filters.risk'),
      type: 'multi',
      options: riskLevels.map((level) => ({ value: level, label: t(`ui:enum.RiskLevel.${level}`) })),
    });
  return filters;
}

/** The shared part of the API filter, from the URL's filter values. */
export function sharedApiFilter(filters: Record<string, string[]>, canSeeRisk: boolean) {
  const riskLevels = (filters.risk ?? []).filter((r): r is (typeof RISK_LEVELS)[number] =>
    (RISK_LEVELS as readonly string[]).includes(r),
  );
  const globalSouth = booleanFilter(filters.gs);
  return {
    ...(filters.country?.length ? { countryCodes: filters.country.filter((c) => /^[A-Z]{2}$/.test(c)) } : {}),
    ...(filters.region?.length ? { regionCodes: filters.region } : {}),
    ...(globalSouth !== undefined ? { globalSouth } : {}),
    ...(filters.theme?.length ? { themes: filters.theme } : {}),
    ...cycleFilter(filters.cycle),
    ...(canSeeRisk && riskLevels.length ? { riskLevels } : {}),
  };
}
