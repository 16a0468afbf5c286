import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RiskBadge, type RiskLevel } from '../../../ui/protection/RiskBadge';
import { Withheld } from '../../../ui/protection/Withheld';

export interface RecordHeaderProps {
  /** The record's name; null when withheld from the user (shown as withheld, never blank). */
  name: string | null;
  /** What kind of record (organisation kind, "Person"…), in words. */
  kind?: string | null;
  country?: { flag: string; name: string } | null;
  countryWithheld?: boolean;
  region?: string | null;
  riskLevel?: RiskLevel | null;
  coreGroup?: boolean;
  /** More facts for the second line (acronym, primary organisation…). */
  extra?: ReactNode;
  actions?: ReactNode;
}

/** A record page's one h1 and the facts that say what the record is, with its main actions. */
export function RecordHeader({
  name,
  kind,
  country,
  countryWithheld,
  region,
  riskLevel,
  coreGroup,
  extra,
  actions,
}: RecordHeaderProps) {
  const { t } = useTranslation('organizations');
  return (
    <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
      <Stack gap={6} style={{ minWidth: 0, flex: '1 1 320px' }}>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {name ?? <Withheld />}
        </Title>
        <Group gap="xs" wrap="wrap" c="dimmed">
          {kind ? <Text size="sm">{kind}</Text> : null}
          {countryWithheld ? (
            <Withheld compact />
          ) : country ? (
            <Text size="sm">
              <span aria-hidden>{country.flag} </span>
              {region ? t('record.countryInRegion', { country: country.name, region }) : country.name}
            </Text>
          ) : null}
          {extra}
        </Group>
        <Group gap="xs" wrap="wrap">
          <RiskBadge level={riskLevel} hideStandard />
          {coreGroup ? (
            <Badge variant="light" color="blue" leftSection={<IconStarFilled size={12} aria-hidden />}>
              {t('record.coreGroup')}
            </Badge>
          ) : null}
        </Group>
      </Stack>
      {actions ? (
        <Group gap="xs" wrap="wrap">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}
