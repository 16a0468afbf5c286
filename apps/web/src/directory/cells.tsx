import { Badge, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryCellFragment, DirectoryReferenceFragment } from '../gql/graphql';
import { MaybeWithheld } from '../ui/protection/Withheld';

type Withheld = readonly string[] | null | undefined;

export function CountryCell({
  country,
  withheld,
}: {
  country: CountryCellFragment | null;
  withheld: Withheld;
}) {
  return (
    <MaybeWithheld
      compact
      value={country}
      field="country"
      withheld={withheld}
      render={(c) => (
        <Group gap={6} wrap="nowrap" component="span">
          <span aria-hidden>{c.flag}</span>
          <span>{c.name}</span>
        </Group>
      )}
    />
  );
}

/** The country's sub-region (else region), by name. */
export function regionName(
  country: CountryCellFragment | null,
  regions: DirectoryReferenceFragment['regions'],
): string | null {
  const code = country?.subRegionCode ?? country?.regionCode;
  return code ? (regions.find((r) => r.code === code)?.name ?? null) : null;
}

export function RegionCell({
  country,
  regions,
  withheld,
}: {
  country: CountryCellFragment | null;
  regions: DirectoryReferenceFragment['regions'];
  withheld: Withheld;
}) {
  return <MaybeWithheld compact value={regionName(country, regions)} field="country" withheld={withheld} />;
}

export function GlobalSouthCell({
  country,
  withheld,
}: {
  country: CountryCellFragment | null;
  withheld: Withheld;
}) {
  const { t } = useTranslation('directory');
  return (
    <MaybeWithheld
      compact
      value={country?.isGlobalSouth ?? null}
      field="country"
      withheld={withheld}
      render={(yes) => (yes ? t('values.yes') : t('values.no'))}
    />
  );
}

/** Up to two theme names, then "+n" (all names on hover and for screen readers). */
export function ThemesCell({
  keys,
  themes,
  withheld,
}: {
  keys: readonly string[] | null;
  themes: DirectoryReferenceFragment['themes'];
  withheld: Withheld;
}) {
  return (
    <MaybeWithheld
      compact
      value={keys?.length ? keys : null}
      field="themes"
      withheld={withheld}
      render={(list) => <Tags names={list.map((k) => themes.find((th) => th.key === k)?.name ?? k)} />}
    />
  );
}

export function Tags({ names }: { names: string[] }): ReactNode {
  const first = names.slice(0, 2);
  const rest = names.length - first.length;
  return (
    <Group gap={4} wrap="nowrap">
      {first.map((name) => (
        <Badge key={name} variant="default" size="sm" tt="none" fw={500} maw={160}>
          {name}
        </Badge>
      ))}
      {rest > 0 ? (
        <Tooltip label={names.join(', ')} multiline maw={280}>
          <Text span size="xs" c="dimmed">
            <span aria-hidden>+{rest}</span>
            <VisuallyHidden>{names.slice(2).join(', ')}</VisuallyHidden>
          </Text>
        </Tooltip>
      ) : null}
    </Group>
  );
}

export const themeNames = (keys: readonly string[] | null, themes: DirectoryReferenceFragment['themes']) =>
  (keys ?? []).map((k) => themes.find((th) => th.key === k)?.name ?? k).join('; ');
