import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrganizationKind, RepresentationFigures_FiguresFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { DialogueRepresentationDocument } from '../documents';
import { useDialogueFormatters } from '../format';
import { figureText, type Figure } from './figures';

export type RepresentationGroup = 'attended' | 'invitedOrAttended';

export interface FigureRow {
  key: string;
  label: string;
  figure: Figure;
}

/** One labelled figure per row: the count (or "fewer than N"), its share, and a bar for the eye. */
export function FigureTable({
  caption,
  rows,
  threshold,
  showBars = true,
  groupSuppressed = false,
}: {
  caption: string;
  rows: readonly FigureRow[];
  threshold: number;
  showBars?: boolean;
  /** Rows too small to show are listed in one line under the table ("fewer than 5 each: …"). */
  groupSuppressed?: boolean;
}) {
  const { t } = useTranslation('dialogues');
  const format = useDialogueFormatters();
  const small = groupSuppressed
    ? rows.filter((row) => figureText(row.figure, threshold, t, format).suppressed)
    : [];
  const shown = groupSuppressed ? rows.filter((row) => !small.includes(row)) : rows;
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table verticalSpacing={6}>
        <caption style={{ captionSide: 'top', textAlign: 'start', padding: 0, marginBottom: 8 }}>
          <Title order={3} size="h3">
            {caption}
          </Title>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('representation.columns.group')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('representation.columns.count')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('representation.columns.share')}
            </Table.Th>
            {showBars ? (
              <Table.Th scope="col" w="30%" visibleFrom="xs">
                <VisuallyHidden>{t('representation.columns.bar')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={showBars ? 4 : 3}>
                <Text size="sm" c="dimmed">
                  {t('representation.allSmall')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
          {shown.map((row) => {
            const text = figureText(row.figure, threshold, t, format);
            return (
              <Table.Tr key={row.key} data-suppressed={text.suppressed || undefined}>
                <Table.Th scope="row" fw={500}>
                  <Text size="sm" inherit>
                    {row.label}
                  </Text>
                </Table.Th>
                <Table.Td ta="end" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {text.suppressed ? (
                    <Text component="span" size="sm" fs="italic" c="dimmed">
                      {text.count}
                    </Text>
                  ) : (
                    text.count
                  )}
                </Table.Td>
                <Table.Td ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {text.share ?? (
                    <Text component="span" size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                {showBars ? (
                  <Table.Td visibleFrom="xs">
                    <Box aria-hidden>
                      <Progress value={(text.ratio ?? 0) * 100} size="md" radius="sm" color="un" />
                    </Box>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {small.length > 0 ? (
        <Text size="sm" c="dimmed" mt="xs" data-suppressed-groups>
          {t('representation.smallGroups', {
            threshold: format.number(threshold),
            groups: format.list(small.map((row) => row.label)),
          })}
        </Text>
      ) : null}
    </Table.ScrollContainer>
  );
}

export interface FigureLabels {
  total: string;
  globalSouth: string;
  women: string;
  youth: string;
  cameBack: (previousNumber: number) => string;
  noCountry: string;
  noOrganisation: string;
  kind: (kind: OrganizationKind) => string;
}

/** The figures of one group: headline rows, regions, kinds of organisation. */
export function figureRows(
  figures: RepresentationFigures_FiguresFragment,
  previousDialogueNumber: number | null | undefined,
  labels: FigureLabels,
): { headline: FigureRow[]; regions: FigureRow[]; kinds: FigureRow[] } {
  const headline: FigureRow[] = [
    { key: 'total', label: labels.total, figure: figures.total },
    { key: 'globalSouth', label: labels.globalSouth, figure: figures.globalSouth },
    { key: 'women', label: labels.women, figure: figures.women },
    { key: 'youth', label: labels.youth, figure: figures.youth },
  ];
  if (figures.cameBack && previousDialogueNumber)
    headline.push({
      key: 'cameBack',
      label: labels.cameBack(previousDialogueNumber),
      figure: figures.cameBack,
    });
  const regions = figures.regions.map((region) => ({
    key: region.regionCode ?? 'none',
    label: region.regionCode ? (region.regionName ?? region.regionCode) : labels.noCountry,
    figure: region,
  }));
  const kinds = figures.organizationKinds.map((kind) => ({
    key: kind.kind ?? 'none',
    label: kind.kind ? labels.kind(kind.kind) : labels.noOrganisation,
    figure: kind,
  }));
  return { headline, regions, kinds };
}

/**
 * Who took part, in aggregate: Global South, women, youth, who came back from the previous edition, regions and
 * kinds of organisation. Small groups read "fewer than N" (the API withholds them), never 0 or a blank.
 */
export function RepresentationTab({ dialogueId }: { dialogueId: string }) {
  const { t } = useTranslation(['dialogues', 'ui']);
  const format = useDialogueFormatters();
  const [params, setParams] = useSearchParams();
  const group: RepresentationGroup = params.get('group') === 'attended' ? 'attended' : 'invitedOrAttended';
  const { data, loading, error, refetch } = useQuery(DialogueRepresentationDocument, {
    variables: { id: dialogueId },
  });

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading || !data) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('representation.loading')}>
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} height={28} />
        ))}
      </Stack>
    );
  }

  const { representation } = data.dialogue;
  const figures = representation[group];
  const rows = figureRows(figures, representation.previousDialogueNumber, {
    total: t('representation.total'),
    globalSouth: t('representation.globalSouth'),
    women: t('representation.women'),
    youth: t('representation.youth'),
    cameBack: (previous) => t('representation.cameBack', { number: format.number(previous) }),
    noCountry: t('representation.noCountry'),
    noOrganisation: t('representation.noOrganisation'),
    kind: (kind) => t(`ui:enum.OrganizationKind.${kind}`),
  });
  const threshold = representation.threshold;

  return (
    <Stack gap="lg">
      <SegmentedControl
        aria-label={t('representation.groupLabel')}
        value={group}
        onChange={(value) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (value === 'attended') next.set('group', 'attended');
              else next.delete('group');
              return next;
            },
            { replace: true },
          )
        }
        data={[
          { value: 'invitedOrAttended', label: t('representation.invitedOrAttended') },
          { value: 'attended', label: t('representation.attended') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <Alert variant="light" color="gray" icon={<IconShieldLock aria-hidden />}>
        <Text size="sm">{t('representation.suppressionNote', { threshold: format.number(threshold) })}</Text>
      </Alert>
      <Paper withBorder p="md">
        <FigureTable caption={t('representation.headline')} rows={rows.headline} threshold={threshold} />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md">
          <FigureTable
            caption={t('representation.regions')}
            rows={rows.regions}
            threshold={threshold}
            groupSuppressed
          />
        </Paper>
        <Paper withBorder p="md">
          <FigureTable
            caption={t('representation.kinds')}
            rows={rows.kinds}
            threshold={threshold}
            groupSuppressed
          />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
