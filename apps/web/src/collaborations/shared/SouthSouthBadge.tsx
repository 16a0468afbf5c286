import { Badge, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconTriangle, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SouthSouthKind } from '../../gql/graphql';

const LOOK = {
  SOUTH_SOUTH: { color: 'teal.9', Icon: IconArrowsExchange },
  TRIANGULAR: { color: 'violet.9', Icon: IconTriangle },
  NORTH_SOUTH: { color: 'gray.7', Icon: IconWorld },
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
        variant="outline"
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
