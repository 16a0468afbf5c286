import { ActionIcon, Anchor, Button, Group, Menu, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDots, IconHistory, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n/format';
import { Withheld } from '../../../ui/protection/Withheld';

export interface DatedRow {
  id: string;
  /** What the relationship is ("Member of", a role …). */
  label: ReactNode;
  /** The record at the other end; null name when withheld. */
  other?: { id: string; name: string | null; withheld: boolean; href: string } | null;
  startDate?: string | null;
  endDate?: string | null;
  badge?: ReactNode;
  /** The version read, for moving it to the trash. */
  version?: number;
  /** Names the row for screen readers in its actions ("Member of GPPAC"). */
  name?: string;
  /** False: not offered for the trash (e.g. it names someone withheld from this user, who may not change it). */
  deletable?: boolean;
}

/**
 * A titled table of dated relationships (memberships, partnerships, affiliations): current first, ended ones
 * marked in words; an "End" action per current row and an "Add" action for the section, when allowed; a menu
 * per row with its history and, for a link entered by mistake, moving it to the trash (restorable).
 */
export function DatedTable({
  title,
  rows,
  empty,
  otherHeader,
  labelHeader,
  onAdd,
  addLabel,
  onEnd,
  onHistory,
  onDelete,
}: {
  title: string;
  rows: DatedRow[];
  empty: string;
  otherHeader?: string;
  labelHeader: string;
  onAdd?: () => void;
  addLabel?: string;
  onEnd?: (row: DatedRow) => void;
  onHistory?: (row: DatedRow) => void;
  onDelete?: (row: DatedRow) => void;
}) {
  const { t } = useTranslation('organizations');
  const { date } = useFormatters();
  const sorted = [...rows].sort((a, b) => Number(!!a.endDate) - Number(!!b.endDate));
  const today = new Date().toISOString().slice(0, 10);
  const hasActions = [onEnd, onHistory, onDelete].some(Boolean);
  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {onAdd ? (
          <Button size="xs" variant="light" onClick={onAdd}>
            {addLabel}
          </Button>
        ) : null}
      </Group>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs" aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  {otherHeader ? <Table.Th scope="col">{otherHeader}</Table.Th> : null}
                  <Table.Th scope="col">{labelHeader}</Table.Th>
                  <Table.Th scope="col">{t('relationships.from')}</Table.Th>
                  <Table.Th scope="col">{t('relationships.to')}</Table.Th>
                  {hasActions ? (
                    <Table.Th scope="col">
                      <Text span size="sm" fw={700}>
                        {t('relationships.actions')}
                      </Text>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((row) => {
                  const ended = !!row.endDate && row.endDate <= today;
                  return (
                    <Table.Tr key={row.id} c={ended ? 'dimmed' : undefined}>
                      {otherHeader ? (
                        <Table.Td>
                          {row.other ? (
                            row.other.withheld || !row.other.name ? (
                              <Withheld compact />
                            ) : (
                              <Anchor component={Link} to={row.other.href} size="sm">
                                {row.other.name}
                              </Anchor>
                            )
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                      ) : null}
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <span>{row.label}</span>
                          {row.badge}
                        </Group>
                      </Table.Td>
                      <Table.Td>{row.startDate ? date(row.startDate) : '—'}</Table.Td>
                      <Table.Td>
                        {row.endDate ? (
                          <Group gap={6} wrap="nowrap">
                            <span>{date(row.endDate)}</span>
                            {ended ? <Text size="xs">{`(${t('relationships.ended')})`}</Text> : null}
                          </Group>
                        ) : (
                          <Text size="sm" fw={600}>
                            {t('relationships.current')}
                          </Text>
                        )}
                      </Table.Td>
                      {hasActions ? (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            {onEnd && !row.endDate ? (
                              <Button size="compact-xs" variant="subtle" onClick={() => onEnd(row)}>
                                {t('relationships.end')}
                              </Button>
                            ) : null}
                            {onHistory || onDelete ? (
                              <Menu position="bottom-end" withinPortal>
                                <Menu.Target>
                                  <ActionIcon
                                    variant="subtle"
                                    color="gray"
                                    aria-label={t('relationships.moreActions', { name: row.name ?? title })}
                                  >
                                    <IconDots size={16} aria-hidden />
                                  </ActionIcon>
                                </Menu.Target>
                                <Menu.Dropdown>
                                  {onHistory ? (
                                    <Menu.Item
                                      leftSection={<IconHistory size={14} aria-hidden />}
                                      onClick={() => onHistory(row)}
                                    >
                                      {t('relationships.history')}
                                    </Menu.Item>
                                  ) : null}
                                  {onDelete && row.deletable !== false ? (
                                    <Menu.Item
                                      color="red"
                                      leftSection={<IconTrash size={14} aria-hidden />}
                                      onClick={() => onDelete(row)}
                                    >
                                      {t('relationships.delete')}
                                    </Menu.Item>
                                  ) : null}
                                </Menu.Dropdown>
                              </Menu>
                            ) : null}
                          </Group>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
