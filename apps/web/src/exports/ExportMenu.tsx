import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet, IconFileTypeCsv, IconTableExport } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/permissions';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { ExportRequest } from './exportFile';
import { useExport } from './useExport';

export interface ExportMenuProps {
  /** The list and its arguments exactly as the page queries it: the export holds the same rows, in order. */
  request: ExportRequest;
}

/**
 * "Export ▾ CSV / Excel": the whole list with its current filters and sort (not only the rows loaded), made by
 * the server. Shows progress while the file streams in and says what went wrong if it fails. Only for roles
 * that may export.
 */
export function ExportMenu({ request }: ExportMenuProps) {
  const { t, i18n } = useTranslation('exports');
  const can = useCan();
  // A new object each render would restart nothing, but keeps the hook's callback stable per request.
  const key = JSON.stringify(request);
  const stable = useMemo(() => JSON.parse(key) as ExportRequest, [key]);
  const exporter = useExport(stable);
  if (!can('lists.export')) return null;

  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? i18n.language);
  const { running, progress, finished, error } = exporter;
  const status = running
    ? progress?.totalRows != null
      ? `${t('progress.rows', { count: progress.totalRows, rows: number.format(progress.totalRows) })}${
          progress.bytes ? ` ${t('progress.received', { size: sizeOf(progress.bytes, number) })}` : ''
        }`
      : t('progress.preparing')
    : finished
      ? `${t('done', {
          count: finished.rows ?? 0,
          rows: number.format(finished.rows ?? 0),
          filename: finished.filename,
        })}${
          finished.leftOut > 0
            ? ` ${t('leftOut', { count: finished.leftOut, people: number.format(finished.leftOut) })}`
            : ''
        }`
      : '';

  return (
    <Group gap="xs" wrap="nowrap">
      <Menu position="bottom-end" withinPortal disabled={running !== null}>
        <Menu.Target>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconTableExport size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={running !== null}
            loaderProps={{ type: 'dots' }}
            title={t('menu.hint')}
          >
            {t('menu.label')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('menu.hint')}</Menu.Label>
          <Menu.Item
            leftSection={<IconFileTypeCsv size={16} aria-hidden />}
            onClick={() => void exporter.start('csv')}
          >
            {t('menu.csv')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            onClick={() => void exporter.start('xlsx')}
          >
            {t('menu.xlsx')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Text size="xs" c="dimmed" role="status" aria-live="polite" data-testid="export-status">
        {status}
      </Text>
      <Modal
        opened={error !== null}
        onClose={exporter.dismissError}
        title={t('error.title')}
        closeButtonProps={{ 'aria-label': t('error.close') }}
      >
        <Stack gap="md">
          <ErrorAlert error={error} otherFields={error?.fields} />
          <Group justify="flex-end">
            <Button variant="default" onClick={exporter.dismissError}>
              {t('error.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}

function sizeOf(bytes: number, number: Intl.NumberFormat): string {
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(Math.round(bytes / 1024))} KB`;
  return `${number.format(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}
