import { Button, Group, Modal, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowsDiff, IconEqual } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { ErrorAlert } from '../ErrorAlert';

export interface ConflictField {
  key: string;
  label: string;
  format?: (value: unknown) => ReactNode;
}

export interface ConflictDialogProps {
  opened: boolean;
  /** The fields the user edited. */
  fields: ConflictField[];
  /** What the user tried to save. */
  yours: Record<string, unknown>;
  /** The current server record (null while loading). */
  theirs: Record<string, unknown> | null;
  /** From the record's latest history entry, if known. */
  changedBy?: string | null;
  changedAt?: string | null;
  /** Set when the saved version could not be loaded: "keep mine" then waits. */
  error?: unknown;
  /** The caller re-submits the user's values with the fresh version. */
  onKeepMine: () => void;
  /** The caller discards the edit and shows the server's values. */
  onTakeTheirs: () => void;
  /** Keep editing. */
  onClose: () => void;
}

/** Null, undefined and '' all mean "nothing"; arrays and objects compare by content. */
function normalize(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  return JSON.stringify(value);
}

export function valuesDiffer(a: unknown, b: unknown): boolean {
  return normalize(a) !== normalize(b);
}

/**
 * A save answered CONFLICT: someone saved the record since the user read it. Shows, field by field, the saved
 * version beside the user's edit (rows that differ are marked with an icon and a word, not only a colour), who
 * saved it and when, and three ways out: save mine anyway, use theirs, or keep editing. Nothing is lost.
 * Most callers want `useConflictResolution()` rather than this component.
 */
export function ConflictDialog({
  opened,
  fields,
  yours,
  theirs,
  changedBy,
  changedAt,
  error,
  onKeepMine,
  onTakeTheirs,
  onClose,
}: ConflictDialogProps) {
  const { t } = useTranslation('ui');
  const { t: tc } = useTranslation();
  const { dateTime } = useFormatters();

  const show = (field: ConflictField, value: unknown): ReactNode => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      return (
        <Text component="span" size="sm" c="dimmed" fs="italic">
          {t('conflict.empty')}
        </Text>
      );
    if (field.format) return field.format(value);
    if (typeof value === 'boolean') return value ? t('conflict.yes') : t('conflict.no');
    if (Array.isArray(value)) return value.map(String).join(', ');
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return JSON.stringify(value);
  };

  const when = changedAt ? dateTime(changedAt) : null;
  const who =
    changedBy && when
      ? t('conflict.changedByAt', { name: changedBy, when })
      : changedBy
        ? t('conflict.changedBy', { name: changedBy })
        : when
          ? t('conflict.changedAt', { when })
          : t('conflict.changedUnknown');

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('conflict.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="md" data-testid="conflict-dialog">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {theirs ? who : t('conflict.loading')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('conflict.intro')}
          </Text>
        </Stack>
        {error ? <ErrorAlert error={error} next={t('conflict.loadFailed')} /> : null}
        <Table.ScrollContainer minWidth={420}>
          <Table withTableBorder verticalSpacing="xs" aria-label={t('conflict.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('conflict.field')}</Table.Th>
                <Table.Th scope="col">{t('conflict.theirs')}</Table.Th>
                <Table.Th scope="col">{t('conflict.yours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((field) => {
                const differs = theirs ? valuesDiffer(theirs[field.key], yours[field.key]) : false;
                return (
                  <Table.Tr
                    key={field.key}
                    data-differs={differs || undefined}
                    bg={differs ? 'var(--mantine-color-yellow-light)' : undefined}
                  >
                    <Table.Th scope="row" fw={differs ? 700 : 500}>
                      <Stack gap={2} align="flex-start">
                        <span>{field.label}</span>
                        {theirs ? (
                          <Group gap={4} wrap="nowrap" component="span">
                            {differs ? (
                              <IconArrowsDiff size={14} aria-hidden />
                            ) : (
                              <IconEqual size={14} aria-hidden />
                            )}
                            <Text component="span" size="xs" fw={differs ? 700 : 400}>
                              {differs ? t('conflict.differs') : t('conflict.same')}
                            </Text>
                          </Group>
                        ) : null}
                      </Stack>
                    </Table.Th>
                    <Table.Td>
                      {theirs ? (
                        show(field, theirs[field.key])
                      ) : (
                        <>
                          <Skeleton height={14} width="70%" />
                          <VisuallyHidden>{t('conflict.loading')}</VisuallyHidden>
                        </>
                      )}
                    </Table.Td>
                    <Table.Td fw={differs ? 600 : undefined}>{show(field, yours[field.key])}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end" gap="sm" wrap="wrap">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('conflict.keepEditing')}
          </Button>
          <Button variant="light" onClick={onTakeTheirs} disabled={!theirs}>
            {t('conflict.takeTheirs')}
          </Button>
          <Button onClick={onKeepMine} disabled={!theirs}>
            {t('conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
