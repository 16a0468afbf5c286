import { Badge, Tooltip } from '@mantine/core';
import { IconShieldCheck, IconShieldExclamation, IconShieldHalf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The schema's RiskLevel (the generated types hold only the enums some document uses). */
export type RiskLevel = 'STANDARD' | 'ELEVATED' | 'HIGH';

const LOOK = {
  // Dark text on a light tint (or on white, for STANDARD): readable at WCAG AA whatever the colour.
  STANDARD: { color: 'gray', text: 'dark.6', variant: 'default', Icon: IconShieldCheck },
  ELEVATED: { color: 'orange', text: 'orange.9', variant: 'light', Icon: IconShieldHalf },
  HIGH: { color: 'red', text: 'red.9', variant: 'light', Icon: IconShieldExclamation },
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
  const { color, text, variant, Icon } = LOOK[level];
  return (
    <Tooltip label={t(`risk.description.${level}`)}>
      <Badge
        color={color}
        variant={variant}
        c={text}
        leftSection={<Icon size={14} aria-hidden />}
        data-risk={level}
      >
        {t(`enum.RiskLevel.${level}`)}
      </Badge>
    </Tooltip>
  );
}
