import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormatters } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { useNotify } from '../ui/useNotify';
import { usePageTitle } from '../ui/usePageTitle';
import {
  DuplicatesDocument,
  MarkNotDuplicateDocument,
  MergeOrganizationsDocument,
  MergePeopleDocument,
  ScanDuplicatesDocument,
} from './documents';
import type { MergeKind } from './mergeFields';
import { PairCard, type Pair } from './PairCard';
import { useUndoMerge } from './useUndoMerge';

export const DUPLICATES_PAGE_SIZE = 20;

/**
 * Likely duplicate pairs of organisations or people, best first; the URL holds the kind (`kind=person`), a
 * country (`country=KE`) and a record (`record=<id>`, from a record page's "possible duplicates").
 */
export function DuplicatesPage() {
  const { t } = useTranslation('duplicates');
  usePageTitle(t('title'));
  const { dateTime } = useFormatters();
  const notify = useNotify();
  const undo = useUndoMerge();
  const [params, setParams] = useSearchParams();
  const kind: MergeKind = params.get('kind') === 'person' ? 'person' : 'organization';
  const country = params.get('country') ?? '';
  const recordId = params.get('record');
  const [countryText, setCountryText] = useState(country);
  const filter = {
    kind: kind === 'person' ? ('PERSON' as const) : ('ORGANIZATION' as const),
    ...(country ? { countryCode: country } : {}),
    ...(recordId ? { recordId } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(DuplicatesDocument, {
    variables: { filter, first: DUPLICATES_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // While the first scan of a large register runs on the server, ask again every few seconds.
  const scanningNow = data?.duplicates.scanning ?? false;
  useEffect(() => {
    if (!scanningNow) return;
    const timer = setInterval(() => void refetch(), 5_000);
    return () => clearInterval(timer);
  }, [scanningNow, refetch]);
  const [scan, scanning] = useMutation(ScanDuplicatesDocument);
  const [dismiss] = useMutation(MarkNotDuplicateDocument);
  const [mergeOrganizations] = useMutation(MergeOrganizationsDocument);
  const [mergePeople] = useMutation(MergePeopleDocument);
  const [busy, setBusy] = useState<string | null>(null);

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const connection = data?.duplicates;
  const pairs: Pair[] = (connection?.edges ?? []).map(({ node }) => ({
    id: node.id,
    kind,
    score: node.score,
    reasons: node.reasons,
    records: kind === 'organization' ? node.organizations : node.people,
  }));

  const merge = async (pair: Pair, input: Parameters<Parameters<typeof PairCard>[0]['onMerge']>[0]) => {
    setBusy(pair.id);
    try {
      const result =
        kind === 'organization'
          ? (await mergeOrganizations({ variables: { input } })).data?.mergeOrganizations
          : (await mergePeople({ variables: { input } })).data?.mergePeople;
      if (!result) return;
      notify.done(t('merged', { moved: result.movedLinks, duplicates: result.duplicateLinks }), {
        label: t('undo'),
        onClick: () => void undo(result.merge.id).then(() => refetch()),
      });
      await refetch();
    } catch (failure) {
      notify.failed(failure);
      await refetch();
    } finally {
      setBusy(null);
    }
  };

  const notDuplicate = async (pair: Pair) => {
    setBusy(pair.id);
    try {
      await dismiss({
        variables: { input: { kind: filter.kind, recordIds: pair.records.map((r) => r.id) } },
      });
      notify.done(t('dismissed'));
      await refetch();
    } catch (failure) {
      notify.failed(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={scanning.loading}
            onClick={() => void scan({ variables: { kind: filter.kind } }).then(() => refetch())}
          >
            {t('scanAgain')}
          </Button>
        }
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('kind')}
          value={kind}
          onChange={(value) => set({ kind: value === 'person' ? 'person' : null, record: null })}
          data={[
            { value: 'organization', label: t('kinds.organization') },
            { value: 'person', label: t('kinds.person') },
          ]}
        />
        <TextInput
          label={t('country')}
          placeholder={t('countryPlaceholder')}
          maxLength={2}
          w={140}
          value={countryText}
          onChange={(event) => {
            const value = event.currentTarget.value.toUpperCase();
            setCountryText(value);
            if (value.length === 2 || value.length === 0) set({ country: value || null });
          }}
        />
      </Group>
      {recordId ? (
        <Alert color="blue" variant="light">
          <Group gap="sm">
            <Text size="sm">{t('onlyRecord')}</Text>
            <Anchor component="button" size="sm" onClick={() => set({ record: null })}>
              {t('showAll')}
            </Anchor>
          </Group>
        </Alert>
      ) : null}
      {connection ? (
        <Stack gap={4}>
          {connection.scanning ? (
            <Alert color="blue" variant="light" aria-live="polite">
              {t('scanningLong')}
            </Alert>
          ) : null}
          <Text fw={600}>{t('count', { count: connection.totalCount })}</Text>
          {connection.scan ? (
            <Text size="sm" c="dimmed">
              {t('scanned', {
                records: connection.scan.recordCount,
                when: dateTime(connection.scan.scannedAt),
                seconds: (connection.scan.durationMs / 1000).toFixed(1),
              })}
            </Text>
          ) : null}
          {connection.scan?.stale ? (
            <Alert color="yellow" variant="light">
              {t('stale')}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? (
        <Stack gap="md" aria-busy="true">
          <Text size="sm">{t('loading')}</Text>
          <Skeleton height={180} />
          <Skeleton height={180} />
        </Stack>
      ) : null}
      {connection && !connection.scanning && pairs.length === 0 ? <Text c="dimmed">{t('empty')}</Text> : null}
      {pairs.map((pair) => (
        <PairCard
          key={`${pair.id}:${pair.records.map((r) => r.version).join(':')}`}
          pair={pair}
          themes={data?.themes}
          busy={busy === pair.id}
          onMerge={(input) => void merge(pair, input)}
          onDismiss={() => void notDuplicate(pair)}
        />
      ))}
      {connection?.pageInfo.hasNextPage ? (
        <Button
          variant="default"
          onClick={() =>
            void fetchMore({
              variables: { after: connection.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...previous,
                duplicates: {
                  ...fetchMoreResult.duplicates,
                  edges: [...previous.duplicates.edges, ...fetchMoreResult.duplicates.edges],
                },
              }),
            })
          }
        >
          {t('showMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
