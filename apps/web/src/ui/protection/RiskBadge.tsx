import { Badge, Tooltip } from '@mantine/core';
import { IconShieldCheck, IconShieldExclamation, IconShieldHalf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The schema's RiskLevel (the generated types hold only the enums some document uses). */
export type RiskLevel = 'STANDARD' | 'ELEVATED' | 'HIGH';

const LOOK = {
  STANDARD: { color: 'gray', Icon: IconShieldCheck },
  ELEVATED: { color: 'orange', Icon: IconShieldHalf },
  HIGH: { color: 'red', Icon: IconShieldExclamation },
} as const satisfies Record<RiskLevel, unknown>;

/**
 * A record's risk level in words and an icon (never colour alone). The API returns the level only to those
 * who manage protection, so a null level renders nothing; `hideStandard` keeps lists quiet.
 */
export function RiskBadge({
  level,
  hideStandard = false,
}: {
  level: RiskLevel | null | undefined;
  hideStandard?: boolean;
}) {
  const { t } = useTranslation('ui');
  if (!level || (hideStandard && level === 'STANDARD')) return null;
  const { color, Icon } = LOOK[level];
  return (
    <Tooltip label={t(`risk.description.${level}`)}>
      <Badge
        color={color}
        variant={level === 'STANDARD' ? 'outline' : 'light'}
        leftSection={<Icon size={14} aria-hidden />}
        data-risk={level}
      >
        {t(`enum.RiskLevel.${level}`)}
      </Badge>
    </Tooltip>
  );
}
