import {
  DragDropContext,
  Draggable,
  Droppable,
  type DropResult,
  type ResponderProvided,
} from '@hello-pangea/dnd';
import { Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CollaborationCard_CollaborationFragment, CollaborationStatus } from '../gql/graphql';
import { CollaborationCard } from './CollaborationCard';
import { COLLABORATION_STATUSES, dropTarget, groupByStatus } from './status';

/**
 * The board by status: one column per status, cards newest first. Dragging (pointer, touch, or keyboard:
 * space lifts, arrows move between columns, space drops, escape cancels) moves a card; screen readers hear
 * each step in the user's language.
 */
export function CollaborationBoard({
  collaborations,
  overrides,
  statuses,
  canMove,
  themeName,
  onMove,
}: {
  collaborations: readonly CollaborationCard_CollaborationFragment[];
  overrides: ReadonlyMap<string, CollaborationStatus>;
  /** The columns to show (all by default; the status filter narrows them). */
  statuses: readonly CollaborationStatus[];
  canMove: boolean;
  themeName: (key: string) => string;
  onMove: (card: CollaborationCard_CollaborationFragment, status: CollaborationStatus) => void;
}) {
  const { t } = useTranslation(['collaborations', 'ui']);
  const columns = groupByStatus(collaborations, overrides);
  const byId = new Map(collaborations.map((c) => [c.id, c]));
  const shownStatuses = statuses.length
    ? COLLABORATION_STATUSES.filter((s) => statuses.includes(s))
    : COLLABORATION_STATUSES;
  const statusName = (id: string | undefined) =>
    id ? t(`ui:enum.CollaborationStatus.${id as CollaborationStatus}`) : '';
  const titleOf = (id: string) => byId.get(id)?.title ?? '';

  const onDragEnd = (result: DropResult, provided: ResponderProvided) => {
    if (!result.destination) {
      provided.announce(t('collaborations:board.announce.cancelled', { title: titleOf(result.draggableId) }));
      return;
    }
    provided.announce(
      t('collaborations:board.announce.dropped', {
        title: titleOf(result.draggableId),
        status: statusName(result.destination.droppableId),
      }),
    );
    const target = dropTarget(result.draggableId, result.source, result.destination);
    const card = target ? byId.get(target.id) : undefined;
    if (target && card) onMove(card, target.status);
  };

  return (
    <DragDropContext
      onDragStart={(start, provided) =>
        provided.announce(
          t('collaborations:board.announce.lifted', {
            title: titleOf(start.draggableId),
            status: statusName(start.source.droppableId),
          }),
        )
      }
      onDragUpdate={(update, provided) =>
        provided.announce(
          update.destination
            ? t('collaborations:board.announce.over', { status: statusName(update.destination.droppableId) })
            : t('collaborations:board.announce.nowhere'),
        )
      }
      onDragEnd={onDragEnd}
    >
      <Box style={{ overflowX: 'auto' }} pb="sm">
        <Group
          align="flex-start"
          wrap="nowrap"
          gap="sm"
          miw={shownStatuses.length * 184 + (shownStatuses.length - 1) * 12}
        >
          {shownStatuses.map((status) => (
            <Paper
              key={status}
              component="section"
              aria-labelledby={`column-${status}`}
              bg="var(--mantine-color-gray-0)"
              withBorder
              p="xs"
              radius="md"
              style={{ flex: '1 1 0', minWidth: 184 }}
              data-column={status}
            >
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Title order={2} size="h5" id={`column-${status}`}>
                  {t(`ui:enum.CollaborationStatus.${status}`)}
                </Title>
                <Badge
                  variant="light"
                  color="gray"
                  aria-label={t('collaborations:board.count', { count: columns[status].length })}
                >
                  {columns[status].length}
                </Badge>
              </Group>
              <Droppable droppableId={status} isDropDisabled={!canMove}>
                {(provided, snapshot) => (
                  <Stack
                    ref={provided.innerRef}
                    {...provided.droppableProps}
                    gap="xs"
                    mih={80}
                    p={2}
                    style={{
                      borderRadius: 8,
                      background: snapshot.isDraggingOver ? 'var(--mantine-color-un-0)' : undefined,
                    }}
                  >
                    {columns[status].map((collaboration, index) => (
                      <Draggable
                        key={collaboration.id}
                        draggableId={collaboration.id}
                        index={index}
                        isDragDisabled={!canMove}
                      >
                        {(drag) => (
                          <div ref={drag.innerRef} {...drag.draggableProps}>
                            <CollaborationCard
                              collaboration={collaboration}
                              status={status}
                              themeName={themeName}
                              canMove={canMove}
                              onMove={(target) => onMove(collaboration, target)}
                              dragHandleProps={drag.dragHandleProps}
                            />
                          </div>
                        )}
                      </Draggable>
                    ))}
                    {provided.placeholder}
                    {columns[status].length === 0 && !snapshot.isDraggingOver ? (
                      <Text size="xs" c="dimmed" ta="center" py="sm">
                        {t('collaborations:board.emptyColumn')}
                      </Text>
                    ) : null}
                  </Stack>
                )}
              </Droppable>
            </Paper>
          ))}
        </Group>
      </Box>
    </DragDropContext>
  );
}
