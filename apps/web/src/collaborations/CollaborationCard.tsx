import { ActionIcon, Anchor, Badge, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconDotsVertical, IconGripVertical } from '@tabler/icons-react';
import type { DraggableProvidedDragHandleProps } from '@hello-pangea/dnd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CollaborationCard_CollaborationFragment, CollaborationStatus } from '../gql/graphql';
import { OrganizationName } from './shared/OrganizationName';
import { SouthSouthBadge } from './shared/SouthSouthBadge';
import { otherStatuses } from './status';

/**
 * One collaboration on the board: title (to its page), partners (withheld ones as withheld), themes, the
 * South–South kind. The grip is the drag handle (space lifts, arrows move, space drops); "Move to…" does the
 * same without dragging, for screen readers and phones.
 */
export function CollaborationCard({
  collaboration,
  status,
  themeName,
  canMove,
  onMove,
  dragHandleProps,
}: {
  collaboration: CollaborationCard_CollaborationFragment;
  /** The column it shows in (the status it is moving to, while a move is saved). */
  status: CollaborationStatus;
  themeName: (key: string) => string;
  canMove: boolean;
  onMove: (status: CollaborationStatus) => void;
  dragHandleProps?: DraggableProvidedDragHandleProps | null;
}) {
  const { t } = useTranslation(['collaborations', 'ui']);
  const partners = collaboration.partners;
  const shown = partners.slice(0, 3);
  return (
    <Card withBorder padding="sm" radius="md" data-collaboration={collaboration.id}>
      <Stack gap={6}>
        <Group gap={4} wrap="nowrap" align="flex-start">
          {canMove && dragHandleProps ? (
            <ActionIcon
              component="div"
              variant="subtle"
              color="gray"
              size="sm"
              mt={2}
              {...dragHandleProps}
              aria-label={t('collaborations:board.dragHandle', { title: collaboration.title })}
              style={{ cursor: 'grab' }}
            >
              <IconGripVertical size={14} aria-hidden />
            </ActionIcon>
          ) : null}
          <Anchor
            component={Link}
            to={`/collaborations/${collaboration.id}`}
            fw={600}
            size="sm"
            style={{ flex: 1, minWidth: 0, overflowWrap: 'break-word', hyphens: 'auto' }}
          >
            {collaboration.title}
          </Anchor>
          {canMove ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={t('collaborations:board.moveMenu', { title: collaboration.title })}
                >
                  <IconDotsVertical size={14} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('collaborations:board.moveTo')}</Menu.Label>
                {otherStatuses(status).map((target) => (
                  <Menu.Item
                    key={target}
                    leftSection={<IconArrowRight size={14} aria-hidden />}
                    onClick={() => onMove(target)}
                  >
                    {t(`ui:enum.CollaborationStatus.${target}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" component="div">
          {partners.length === 0
            ? t('collaborations:card.noPartners')
            : shown.map((partner, index) => (
                <span key={partner.organizationId}>
                  {index > 0 ? ', ' : ''}
                  <OrganizationName organization={partner.organization} link={false} />
                </span>
              ))}
          {partners.length > shown.length
            ? ` ${t('collaborations:card.morePartners', { count: partners.length - shown.length })}`
            : ''}
        </Text>
        {collaboration.southSouth || collaboration.themes.length ? (
          <Group gap={4}>
            <SouthSouthBadge kind={collaboration.southSouth} />
            {collaboration.themes.slice(0, 3).map((key) => (
              <Badge key={key} size="sm" variant="default" style={{ textTransform: 'none' }}>
                {themeName(key)}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
