import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Center,
  Chip,
  Group,
  MultiSelect,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFileText, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../auth/permissions';
import { themeNamer } from '../collaborations/shared/format';
import type { RecommendationCard_RecommendationFragment } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ExportMenu } from '../exports/ExportMenu';
import { PageHeader } from '../ui/PageHeader';
import { usePageTitle } from '../ui/usePageTitle';
import { RecommendationsDocument } from './documents';
import {
  activeFilterCount,
  FINAL_TEXT_STATUSES,
  groupByStatus,
  isFinalTextView,
  RECOMMENDATION_STATUSES,
  readRecommendationsParams,
  recommendationFilter,
} from './pipeline';
import { RecommendationFormDialog } from './RecommendationFormDialog';

export const RECOMMENDATIONS_PAGE_SIZE = 100;

/**
 * Recommendations from the Dialogues, column by column along the policy pipeline. Filters (Dialogue, policy
 * process, theme, status, text) live in the URL; "In the final text" answers "what made it into the outcome?".
 */
export function RecommendationsPage() {
  const { t } = useTranslation(['recommendations', 'ui']);
  usePageTitle(t('recommendations:title'));
  const can = useCan();
  const canManage = can('recommendations.manage');
  const [params, setParams] = useSearchParams();
  const state = readRecommendationsParams(params);
  const [searchText, setSearchText] = useState(state.text);
  const [createOpen, setCreateOpen] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const commitSearch = useDebouncedCallback((value: string) => setParam('q', value.trim() || null), 300);

  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
    fetchMore,
  } = useQuery(RecommendationsDocument, {
    variables: { first: RECOMMENDATIONS_PAGE_SIZE, filter: recommendationFilter(state) },
    // Back from a record, the list shows what changed there.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // While new filters load, the previous answer stays on screen (no flash of skeletons).
  const data = current ?? previousData;
  const recommendations = data?.recommendations.edges.map((edge) => edge.node) ?? [];
  const columns = groupByStatus(recommendations);
  // "Not taken up" leaves the pipeline: its column shows when something is in it (or it is asked for).
  const shown = state.statuses.length
    ? RECOMMENDATION_STATUSES.filter((s) => state.statuses.includes(s))
    : RECOMMENDATION_STATUSES.filter((s) => s !== 'NOT_TAKEN_UP' || columns.NOT_TAKEN_UP.length > 0);
  const processName = new Map((data?.policyProcesses ?? []).map((p) => [p.key, p.name]));
  const themeName = themeNamer(data?.themes);
  const filters = activeFilterCount(state);
  const finalText = isFinalTextView(state.statuses);

  const loadMore = async () => {
    const cursor = data?.recommendations.pageInfo.endCursor;
    if (!cursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: cursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          recommendations: {
            ...fetchMoreResult.recommendations,
            edges: [...previous.recommendations.edges, ...fetchMoreResult.recommendations.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('recommendations:title')}
        description={t('recommendations:intro')}
        actions={
          <Group gap="sm" wrap="nowrap">
            <ExportMenu request={{ list: 'recommendations', filter: recommendationFilter(state) }} />
            {canManage ? (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreateOpen(true)}>
                {t('recommendations:create')}
              </Button>
            ) : null}
          </Group>
        }
      />

      <Paper withBorder p="md" component="section" aria-label={t('recommendations:filters.label')}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            type="search"
            aria-label={t('recommendations:filters.text')}
            placeholder={t('recommendations:filters.text')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.currentTarget.value);
              commitSearch(event.currentTarget.value);
            }}
            w={{ base: '100%', sm: 220 }}
          />
          <Select
            aria-label={t('recommendations:filters.dialogue')}
            placeholder={t('recommendations:filters.anyDialogue')}
            data={(data?.dialogues ?? []).map((d) => ({
              value: d.id,
              label: t('recommendations:dialogueLabel', { number: d.number, title: d.title }),
            }))}
            value={state.dialogueId}
            onChange={(value) => setParam('dialogue', value)}
            clearable
            w={{ base: '100%', sm: 220 }}
          />
          <Select
            aria-label={t('recommendations:filters.process')}
            placeholder={t('recommendations:filters.anyProcess')}
            data={(data?.policyProcesses ?? []).map((p) => ({ value: p.key, label: p.name }))}
            value={state.policyProcess}
            onChange={(value) => setParam('process', value)}
            clearable
            searchable
            w={{ base: '100%', sm: 240 }}
          />
          <Select
            aria-label={t('recommendations:filters.theme')}
            placeholder={t('recommendations:filters.anyTheme')}
            data={(data?.themes ?? []).map((theme) => ({ value: theme.key, label: theme.name }))}
            value={state.theme}
            onChange={(value) => setParam('theme', value)}
            clearable
            w={{ base: '100%', sm: 200 }}
          />
          <MultiSelect
            aria-label={t('recommendations:filters.status')}
            placeholder={state.statuses.length ? undefined : t('recommendations:filters.anyStatus')}
            data={RECOMMENDATION_STATUSES.map((s) => ({
              value: s,
              label: t(`ui:enum.RecommendationStatus.${s}`),
            }))}
            value={state.statuses}
            onChange={(value) => setParam('status', value.join(',') || null)}
            clearable
            w={{ base: '100%', sm: 240 }}
          />
          <Chip
            checked={finalText}
            onChange={(checked) => setParam('status', checked ? FINAL_TEXT_STATUSES.join(',') : null)}
            mb={6}
          >
            {t('recommendations:filters.finalText')}
          </Chip>
          {filters ? (
            <Button
              variant="subtle"
              size="compact-sm"
              mb={6}
              onClick={() => {
                setSearchText('');
                setParams({}, { replace: true });
              }}
            >
              {t('recommendations:filters.clear')}
            </Button>
          ) : null}
          <Text size="sm" c="dimmed" ms="auto" mb={8} aria-live="polite">
            {data ? t('recommendations:count', { count: data.recommendations.totalCount }) : ''}
          </Text>
        </Group>
      </Paper>

      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? (
        <Group gap="sm" wrap="nowrap" aria-busy="true" aria-label={t('recommendations:loading')}>
          {[0, 1, 2, 3].map((i) => (
            <Stack key={i} gap="xs" style={{ flex: 1 }}>
              <Skeleton height={24} width="60%" />
              <Skeleton height={72} />
            </Stack>
          ))}
        </Group>
      ) : null}

      {data && recommendations.length === 0 ? (
        <Center py="xl">
          <Stack gap={6} align="center" maw={520} ta="center">
            <Text fw={600}>
              {filters ? t('recommendations:empty.filteredTitle') : t('recommendations:empty.title')}
            </Text>
            <Text size="sm" c="dimmed">
              {filters ? t('recommendations:empty.filteredHint') : t('recommendations:empty.hint')}
            </Text>
            {canManage && !filters ? (
              <Button
                mt="xs"
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => setCreateOpen(true)}
              >
                {t('recommendations:create')}
              </Button>
            ) : null}
          </Stack>
        </Center>
      ) : null}

      {data && recommendations.length > 0 ? (
        <Box
          style={{ overflowX: 'auto' }}
          pb="sm"
          component="section"
          aria-label={t('recommendations:pipeline')}
        >
          <Group align="flex-start" wrap="nowrap" gap="sm" miw={shown.length * 184 + (shown.length - 1) * 12}>
            {shown.map((status) => (
              <Paper
                key={status}
                component="section"
                aria-labelledby={`rec-column-${status}`}
                bg="var(--mantine-color-gray-0)"
                withBorder
                p="xs"
                radius="md"
                style={{ flex: '1 1 0', minWidth: 184 }}
                data-column={status}
              >
                <Group justify="space-between" mb="xs" wrap="nowrap">
                  <Title order={2} size="h5" id={`rec-column-${status}`}>
                    {t(`ui:enum.RecommendationStatus.${status}`)}
                  </Title>
                  <Badge variant="light" color="gray">
                    {columns[status].length}
                  </Badge>
                </Group>
                <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {columns[status].map((recommendation) => (
                    <li key={recommendation.id}>
                      <RecommendationCard
                        recommendation={recommendation}
                        processName={(key) => processName.get(key) ?? key}
                        themeName={themeName}
                      />
                    </li>
                  ))}
                </Stack>
                {columns[status].length === 0 ? (
                  <Text size="xs" c="dimmed" ta="center" py="sm">
                    {t('recommendations:emptyColumn')}
                  </Text>
                ) : null}
              </Paper>
            ))}
          </Group>
        </Box>
      ) : null}

      {data?.recommendations.pageInfo.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            {t('recommendations:loadMore', {
              shown: recommendations.length,
              total: data.recommendations.totalCount,
            })}
          </Button>
        </Group>
      ) : null}

      {canManage ? (
        <RecommendationFormDialog
          opened={createOpen}
          onClose={() => setCreateOpen(false)}
          defaultDialogueId={state.dialogueId}
        />
      ) : null}
    </Stack>
  );
}

function RecommendationCard({
  recommendation,
  processName,
  themeName,
}: {
  recommendation: RecommendationCard_RecommendationFragment;
  processName: (key: string) => string;
  themeName: (key: string) => string;
}) {
  const { t } = useTranslation(['recommendations', 'ui']);
  const evidence = recommendation.evidence;
  return (
    <Card withBorder padding="sm" radius="md" data-recommendation={recommendation.id}>
      <Stack gap={6}>
        <Anchor
          component={Link}
          to={`/recommendations/${recommendation.id}`}
          fw={600}
          size="sm"
          style={{ overflowWrap: 'break-word', hyphens: 'auto' }}
        >
          {recommendation.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t('recommendations:dialogueShort', { number: recommendation.dialogue.number })}
          {recommendation.policyProcess ? ` · ${processName(recommendation.policyProcess)}` : ''}
        </Text>
        <Group gap={4}>
          {evidence.length ? (
            <Badge
              size="sm"
              variant="outline"
              color="teal.9"
              leftSection={<IconFileText size={12} aria-hidden />}
              style={{ textTransform: 'none' }}
            >
              {evidence[0]?.paragraph
                ? t('recommendations:evidence.symbolParagraph', {
                    symbol: evidence[0].documentSymbol,
                    paragraph: evidence[0].paragraph,
                  })
                : evidence[0]?.documentSymbol}
              {evidence.length > 1 ? ` +${evidence.length - 1}` : ''}
            </Badge>
          ) : null}
          {recommendation.themes.slice(0, 2).map((key) => (
            <Badge key={key} size="sm" variant="default" style={{ textTransform: 'none' }}>
              {themeName(key)}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
