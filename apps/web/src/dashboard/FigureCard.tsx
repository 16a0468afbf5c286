import {
  ActionIcon,
  Anchor,
  Button,
  Collapse,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconDownload, IconTable } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { downloadCsv } from '../ui/csv';

/** One row of a figure's data: its label, its value in words ("fewer than 5" when suppressed), a drill-down. */
export interface FigureRow {
  label: string;
  value: string;
  href?: string | null;
}

/**
 * A figure: title, the definition it counts by, the chart (or numbers), and its data as a table — shown on
 * demand and in print, the text alternative for screen readers — and as CSV.
 */
export function FigureCard({
  title,
  definition,
  rows,
  csvName,
  valueHeader,
  children,
  span,
}: {
  title: string;
  definition: string;
  rows: FigureRow[];
  csvName: string;
  valueHeader: string;
  children: ReactNode;
  span?: boolean;
}) {
  const { t } = useTranslation('dashboard');
  const [tableShown, setTableShown] = useState(false);
  const tableId = useId();
  const table = rows.length ? (
    <Table striped withTableBorder fz="sm" aria-label={t('figure.tableOf', { title })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('figure.item')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {valueHeader}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.label}>
            <Table.Th scope="row" fw={400}>
              {r.href ? (
                <Anchor component={Link} to={r.href} size="sm">
                  {r.label}
                </Anchor>
              ) : (
                r.label
              )}
            </Table.Th>
            <Table.Td ta="end">{r.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  ) : (
    <Text size="sm" c="dimmed">
      {t('figure.none')}
    </Text>
  );
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={title}
      className="dashboard-figure"
      style={span ? { gridColumn: '1 / -1' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {title}
            </Title>
            <Text size="xs" c="dimmed">
              {definition}
            </Text>
          </Stack>
          <Group gap={4} wrap="nowrap" className="dashboard-no-print">
            <Tooltip label={t('figure.showTable')}>
              <ActionIcon
                variant={tableShown ? 'light' : 'subtle'}
                color="gray"
                aria-label={t('figure.showTableOf', { title })}
                aria-expanded={tableShown}
                aria-controls={tableId}
                onClick={() => setTableShown((shown) => !shown)}
              >
                <IconTable size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('figure.csv')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('figure.csvOf', { title })}
                onClick={() =>
                  downloadCsv(
                    csvName,
                    [t('figure.item'), valueHeader],
                    rows.map((r) => [r.label, r.value]),
                  )
                }
              >
                <IconDownload size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {children}
        <Collapse expanded={tableShown} id={tableId} className="dashboard-table">
          {table}
        </Collapse>
        {/* Printed reports show every table; on screen this copy is not rendered at all (display: none). */}
        <div className="dashboard-print-only">{table}</div>
      </Stack>
    </Paper>
  );
}

/** A big number with what it means, optionally a comparison line and a drill-down. */
export function Stat({
  label,
  value,
  note,
  href,
}: {
  label: string;
  value: string;
  note?: string | null;
  href?: string | null;
}) {
  return (
    <Paper withBorder p="md" radius="md" className="dashboard-figure">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {href ? (
          <Anchor component={Link} to={href} inherit c="inherit" underline="hover">
            {value}
          </Anchor>
        ) : (
          value
        )}
      </Text>
      {note ? (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      ) : null}
    </Paper>
  );
}

export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="default" className="dashboard-no-print" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
