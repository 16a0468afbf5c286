import { Badge, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconTriangle, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SouthSouthKind } from '../../gql/graphql';

const LOOK = {
  SOUTH_SOUTH: { color: 'teal', Icon: IconArrowsExchange },
  TRIANGULAR: { color: 'violet', Icon: IconTriangle },
  NORTH_SOUTH: { color: 'gray', Icon: IconWorld },
} as const satisfies Record<SouthSouthKind, unknown>;

/**
 * The derived South–South / triangular kind, in words and an icon (never colour alone), with what it means on
 * hover or focus. Nothing when the API cannot tell (fewer than two partners with a known base).
 */
export function SouthSouthBadge({ kind }: { kind: SouthSouthKind | null | undefined }) {
  const { t } = useTranslation(['collaborations', 'ui']);
  if (!kind) return null;
  const { color, Icon } = LOOK[kind];
  return (
    <Tooltip label={t(`collaborations:southSouth.meaning.${kind}`)} multiline maw={320}>
      <Badge
        color={color}
        variant="light"
        leftSection={<Icon size={12} aria-hidden />}
        tabIndex={0}
        data-south-south={kind}
        style={{ textTransform: 'none' }}
      >
        {t(`ui:enum.SouthSouthKind.${kind}`)}
      </Badge>
    </Tooltip>
  );
}
