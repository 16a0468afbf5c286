import { Badge, Button, Collapse, Group, Paper, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/permissions';
import { dueGroupOf, today, type DueGroup } from './dates';
import { DueDateDialog } from './DueDateDialog';
import { FollowUpHistoryDialog } from './FollowUpHistoryDialog';
import { FollowUpItem, type FollowUpItemAction } from './FollowUpItem';
import { ReassignDialog } from './ReassignDialog';
import { useFollowUpActions, type FollowUpRow } from './useFollowUpActions';

/** Whether the signed-in user may change follow-ups at all (the API still checks each one). */
export function useMayChangeFollowUps(): boolean {
  const can = useCan();
  return can('engagements.manage') || can('engagements.log');
}

/**
 * Follow-ups with their actions and dialogs: completing (with undo), reopening, reassigning, rescheduling.
 * `render` lays them out (grouped by due date, or by owner); each follow-up renders through `item`.
 */
export function FollowUpActionsScope({
  children,
}: {
  children: (
    item: (followUp: FollowUpRow, options?: { showOwner?: boolean; showOverdue?: boolean }) => ReactNode,
  ) => ReactNode;
}) {
  const editable = useMayChangeFollowUps();
  const actions = useFollowUpActions();
  const [reassigning, setReassigning] = useState<FollowUpRow | null>(null);
  const [rescheduling, setRescheduling] = useState<FollowUpRow | null>(null);
  const [historyOf, setHistoryOf] = useState<FollowUpRow | null>(null);

  const onAction = (action: FollowUpItemAction, followUp: FollowUpRow) => {
    if (action === 'complete') void actions.complete(followUp);
    else if (action === 'reopen') void actions.reopen(followUp);
    else if (action === 'reassign') setReassigning(followUp);
    else if (action === 'history') setHistoryOf(followUp);
    else setRescheduling(followUp);
  };

  return (
    <>
      {children((followUp, options) => (
        <FollowUpItem
          key={followUp.id}
          followUp={followUp}
          editable={editable}
          onAction={onAction}
          {...options}
        />
      ))}
      <ReassignDialog
        followUp={reassigning}
        onClose={() => setReassigning(null)}
        onSubmit={actions.reassign}
      />
      <DueDateDialog
        followUp={rescheduling}
        onClose={() => setRescheduling(null)}
        onSubmit={actions.changeDueDate}
      />
      <FollowUpHistoryDialog followUp={historyOf} onClose={() => setHistoryOf(null)} />
      {actions.dialog}
    </>
  );
}

function GroupSection({
  id,
  title,
  count,
  color,
  children,
  level = 2,
}: {
  id: string;
  title: string;
  count: number;
  color?: string;
  children: ReactNode;
  level?: 2 | 3;
}) {
  const { t } = useTranslation('followUps');
  return (
    <section aria-labelledby={id}>
      <Group gap="xs" mb="xs">
        <Title order={level} id={id} fz="md">
          {title}
        </Title>
        <Badge variant="light" color={color ?? 'gray'} aria-label={t('groups.count', { count })}>
          {count}
        </Badge>
      </Group>
      <Paper withBorder style={{ overflow: 'hidden' }}>
        <Stack gap={0} style={{ marginBlockStart: -1 }}>
          {children}
        </Stack>
      </Paper>
    </section>
  );
}

const COLORS: Record<DueGroup, string> = { overdue: 'red', week: 'un', later: 'gray', done: 'green' };

/**
 * My follow-ups by when they are due: Overdue, Due this week, Later, and Done (collapsed). Empty groups are left
 * out; `groups` picks which to show (Home shows the first two).
 */
export function FollowUpGroups({
  followUps,
  groups = ['overdue', 'week', 'later', 'done'],
  headingLevel = 2,
  doneTotal,
}: {
  followUps: readonly FollowUpRow[];
  groups?: readonly DueGroup[];
  headingLevel?: 2 | 3;
  /** How many are done in all (the list holds the latest only). */
  doneTotal?: number;
}) {
  const { t } = useTranslation('followUps');
  const base = useId();
  const [doneOpen, done] = useDisclosure(false);
  const grouped = useMemo(() => {
    const on = today();
    const map = new Map<DueGroup, FollowUpRow[]>();
    const seen = new Set<string>();
    for (const followUp of followUps) {
      if (seen.has(followUp.id)) continue;
      seen.add(followUp.id);
      const group = dueGroupOf(followUp, on);
      map.set(group, [...(map.get(group) ?? []), followUp]);
    }
    return map;
  }, [followUps]);

  return (
    <FollowUpActionsScope>
      {(item) => (
        <Stack gap="lg">
          {groups.map((group) => {
            const rows = grouped.get(group) ?? [];
            if (!rows.length) return null;
            const id = `${base}-${group}`;
            if (group === 'done') {
              // The server's count, or more when some were just completed and the lists are being refreshed.
              const doneCount = Math.max(doneTotal ?? 0, rows.length);
              return (
                <Stack key={group} gap="xs" align="stretch">
                  <Button
                    variant="subtle"
                    color="gray"
                    onClick={done.toggle}
                    aria-expanded={doneOpen}
                    aria-controls={`${id}-list`}
                    rightSection={
                      doneOpen ? (
                        <IconChevronUp size={16} aria-hidden />
                      ) : (
                        <IconChevronDown size={16} aria-hidden />
                      )
                    }
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {doneOpen ? t('groups.hideDone') : t('groups.showDone', { count: doneCount })}
                  </Button>
                  <Collapse expanded={doneOpen} id={`${id}-list`}>
                    <GroupSection
                      id={id}
                      title={t('groups.done')}
                      count={doneCount}
                      color={COLORS.done}
                      level={headingLevel}
                    >
                      {rows.map((row) => item(row))}
                    </GroupSection>
                  </Collapse>
                </Stack>
              );
            }
            return (
              <GroupSection
                key={group}
                id={id}
                title={t(`groups.${group}`)}
                count={rows.length}
                color={COLORS[group]}
                level={headingLevel}
              >
                {rows.map((row) => item(row))}
              </GroupSection>
            );
          })}
        </Stack>
      )}
    </FollowUpActionsScope>
  );
}
