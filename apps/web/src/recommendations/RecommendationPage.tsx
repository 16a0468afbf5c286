import { useMediaQuery } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Stepper,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconEdit,
  IconExternalLink,
  IconFilePlus,
  IconRestore,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCan } from '../auth/permissions';
import { FollowUpsList } from '../collaborations/shared/FollowUpsList';
import { historyValue, themeNamer, useDayFormat } from '../collaborations/shared/format';
import { OrganizationName } from '../collaborations/shared/OrganizationName';
import type { RecommendationEvidenceInput, RecommendationQuery, RecommendationStatus } from '../gql/graphql';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useConflictResolution } from '../ui/conflict';
import { ErrorAlert } from '../ui/ErrorAlert';
import { hasErrorCode, toAppError, type AppError } from '../ui/errors';
import { Withheld } from '../ui/protection/Withheld';
import { RecordHistory } from '../ui/history';
import { usePageTitle } from '../ui/usePageTitle';
import {
  DeleteRecommendationDocument,
  RecommendationDocument,
  RestoreRecommendationDocument,
  SetRecommendationStatusDocument,
  UpdateRecommendationDocument,
} from './documents';
import { EvidenceDialog } from './EvidenceDialog';
import {
  isMissingEvidence,
  needsEvidence,
  nextStep,
  PIPELINE_STEPS,
  RECOMMENDATION_STATUSES,
  stepIndex,
} from './pipeline';
import { RecommendationFormDialog } from './RecommendationFormDialog';
import { useNotify } from '../collaborations/shared/notify';

const TABS = ['overview', 'followUps', 'history'] as const;
type Tab = (typeof TABS)[number];
type Record = RecommendationQuery['recommendation'];
type Evidence = Record['evidence'][number];

function evidenceInput(evidence: Evidence): RecommendationEvidenceInput {
  return {
    documentSymbol: evidence.documentSymbol,
    paragraph: evidence.paragraph ?? null,
    url: evidence.url ?? null,
    date: evidence.date ?? null,
    note: evidence.note ?? null,
  };
}

/** One recommendation: what it says, where it came from, who contributed, and how far it got, with evidence. */
export function RecommendationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['recommendations', 'ui']);
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'overview';
  const { data, loading, error, refetch } = useQuery(RecommendationDocument, { variables: { id } });
  const record = data?.recommendation;
  usePageTitle(record?.title ?? t('recommendations:record.loading'));

  const back = (
    <Anchor component={Link} to="/recommendations" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('recommendations:record.back')}
      </Group>
    </Anchor>
  );

  if (error && !record) {
    return (
      <Stack gap="md" maw={720}>
        {back}
        <ErrorAlert
          error={error}
          title={hasErrorCode(error, 'NOT_FOUND') ? t('recommendations:record.notFound') : undefined}
          onRetry={hasErrorCode(error, 'NOT_FOUND') ? undefined : () => void refetch()}
        />
      </Stack>
    );
  }
  if (loading || !record || !data) {
    return (
      <Stack gap="md" aria-busy="true" aria-label={t('recommendations:record.loading')}>
        {back}
        <Skeleton height={36} width="50%" />
        <Skeleton height={80} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  return (
    <RecommendationView
      record={record}
      data={data}
      back={back}
      tab={tab}
      onTab={(value) => setParams(value !== 'overview' ? { tab: value } : {}, { replace: true })}
      canManage={can('recommendations.manage')}
    />
  );
}

function RecommendationView({
  record,
  data,
  back,
  tab,
  onTab,
  canManage,
}: {
  record: Record;
  data: RecommendationQuery;
  back: React.ReactNode;
  tab: Tab;
  onTab: (tab: Tab) => void;
  canManage: boolean;
}) {
  const { t } = useTranslation(['recommendations', 'ui']);
  const day = useDayFormat();
  const client = useApolloClient();
  const notify = useNotify();
  const conflicts = useConflictResolution();
  const [setStatus] = useMutation(SetRecommendationStatusDocument, { refetchQueries: ['Recommendation'] });
  const [update] = useMutation(UpdateRecommendationDocument, { refetchQueries: ['Recommendation'] });
  const [deleteRecord] = useMutation(DeleteRecommendationDocument, { refetchQueries: ['Recommendation'] });
  const [restoreRecord, restoring] = useMutation(RestoreRecommendationDocument, {
    refetchQueries: ['Recommendation'],
  });
  // On a phone the five steps stand one under the other.
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const [target, setTarget] = useState<RecommendationStatus | null>(nextStep(record.status));
  const [statusBusy, setStatusBusy] = useState(false);
  const [statusError, setStatusError] = useState<AppError | null>(null);
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  const [editOpen, setEditOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const latestEvidence = useRef<Evidence[]>(record.evidence);
  latestEvidence.current = record.evidence;

  const themeName = themeNamer(data.themes);
  const processName =
    data.policyProcesses.find((p) => p.key === record.policyProcess)?.name ?? record.policyProcess;
  const trashed = Boolean(record.deletedAt);
  const step = stepIndex(record.status);

  const refetchRecord = async () => {
    const fresh = await client.query({
      query: RecommendationDocument,
      variables: { id: record.id },
      fetchPolicy: 'network-only',
    });
    if (!fresh.data) throw new Error('No recommendation');
    latestEvidence.current = fresh.data.recommendation.evidence;
    return fresh.data.recommendation;
  };

  const changeStatus = async () => {
    if (!target || target === record.status) return;
    setStatusBusy(true);
    setStatusError(null);
    let version = record.version;
    try {
      for (;;) {
        try {
          await setStatus({ variables: { input: { id: record.id, status: target, version } } });
          notify({
            color: 'un',
            message: t('recommendations:status.changed', {
              status: t(`ui:enum.RecommendationStatus.${target}`),
            }),
          });
          setTarget(nextStep(target));
          return;
        } catch (failure) {
          const answer = await conflicts.resolve(failure, {
            fields: [
              {
                key: 'status',
                label: t('recommendations:fields.status'),
                format: (value) => t(`ui:enum.RecommendationStatus.${value as RecommendationStatus}`),
              },
            ],
            yours: { status: target },
            refetch: refetchRecord,
          });
          if (answer.choice !== 'keepMine') return;
          version = answer.theirs.version;
        }
      }
    } catch (failure) {
      setStatusError(toAppError(failure));
    } finally {
      setStatusBusy(false);
    }
  };

  const saveEvidence = async (next: (current: Evidence[]) => RecommendationEvidenceInput[]) => {
    const outcome = await conflicts.save(
      (version) =>
        update({
          variables: { input: { id: record.id, version, evidence: next(latestEvidence.current) } },
        }),
      {
        version: record.version,
        fields: [
          {
            key: 'evidence',
            label: t('recommendations:evidence.title'),
            format: (value) =>
              (value as RecommendationEvidenceInput[]).map((e) => e.documentSymbol).join(', '),
          },
        ],
        yours: { evidence: next(latestEvidence.current) },
        refetch: refetchRecord,
      },
    );
    return outcome.outcome === 'saved';
  };

  const addEvidence = async (evidence: RecommendationEvidenceInput) => {
    if (await saveEvidence((current) => [...current.map(evidenceInput), evidence])) {
      setStatusError(null);
      notify({ color: 'un', message: t('recommendations:evidence.added') });
    }
  };

  const removeEvidence = async (index: number) => {
    try {
      if (await saveEvidence((current) => current.filter((_, i) => i !== index).map(evidenceInput)))
        notify({ color: 'un', message: t('recommendations:evidence.removed') });
    } catch (failure) {
      setStatusError(toAppError(failure));
    }
  };

  const missingEvidence = isMissingEvidence(statusError);
  const targetNeedsEvidence = target !== null && needsEvidence(target) && record.evidence.length === 0;

  return (
    <Stack gap="lg">
      {back}
      {trashed ? (
        <Alert color="orange" variant="light" title={t('recommendations:record.inTrash')}>
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('recommendations:record.inTrashHint')}</Text>
            {canManage ? (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconRestore size={14} aria-hidden />}
                loading={restoring.loading}
                onClick={() =>
                  void restoreRecord({ variables: { id: record.id } }).then(
                    () => notify({ color: 'un', message: t('recommendations:record.restored') }),
                    () =>
                      notify({
                        color: 'red',
                        message: t('recommendations:record.restoreFailed'),
                      }),
                  )
                }
              >
                {t('recommendations:record.restore')}
              </Button>
            ) : null}
          </Group>
        </Alert>
      ) : null}

      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Title order={1} style={{ overflowWrap: 'break-word', hyphens: 'auto' }}>
            {record.title}
          </Title>
          <Group gap="xs">
            <Badge variant="filled" style={{ textTransform: 'none' }} data-status={record.status}>
              {t(`ui:enum.RecommendationStatus.${record.status}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              <Anchor component={Link} to={`/dialogues/${record.dialogue.id}`} size="sm" underline="always">
                {t('recommendations:dialogueLabel', {
                  number: record.dialogue.number,
                  title: record.dialogue.title,
                })}
              </Anchor>
              {processName ? ` · ${processName}` : ''}
            </Text>
          </Group>
        </Stack>
        {canManage && !trashed ? (
          <Group gap="sm">
            <Button leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setEditOpen(true)}>
              {t('recommendations:record.edit')}
            </Button>
            <Button
              variant="default"
              color="red.9"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setDeleteOpen(true)}
            >
              {t('recommendations:record.delete')}
            </Button>
          </Group>
        ) : null}
      </Group>

      <Paper withBorder p="md" component="section" aria-labelledby="pipeline">
        <Title order={2} size="h4" id="pipeline" mb="sm">
          {t('recommendations:status.title')}
        </Title>
        {record.status === 'NOT_TAKEN_UP' ? (
          <Text size="sm" mb="sm">
            {t('recommendations:status.notTakenUp')}
          </Text>
        ) : null}
        <Stepper
          active={step < 0 ? 0 : step}
          size="sm"
          orientation={narrow ? 'vertical' : 'horizontal'}
          allowNextStepsSelect={false}
          aria-label={t('recommendations:status.steps')}
          styles={{ steps: { flexWrap: 'wrap', rowGap: 8 } }}
        >
          {PIPELINE_STEPS.map((status, index) => (
            <Stepper.Step
              key={status}
              label={t(`ui:enum.RecommendationStatus.${status}`)}
              description={
                index === step
                  ? t('recommendations:status.current')
                  : needsEvidence(status)
                    ? t('recommendations:status.needsEvidence')
                    : undefined
              }
              aria-current={index === step ? 'step' : undefined}
              color={step < 0 ? 'gray' : undefined}
            />
          ))}
        </Stepper>
        {canManage && !trashed ? (
          <Stack gap="xs" mt="md">
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Select
                label={t('recommendations:status.moveTo')}
                data={RECOMMENDATION_STATUSES.filter((s) => s !== record.status).map((s) => ({
                  value: s,
                  label: t(`ui:enum.RecommendationStatus.${s}`),
                }))}
                value={target}
                onChange={(value) => {
                  setTarget(value);
                  setStatusError(null);
                }}
                w={{ base: '100%', sm: 260 }}
              />
              <Button loading={statusBusy} disabled={!target} onClick={() => void changeStatus()}>
                {t('recommendations:status.change')}
              </Button>
            </Group>
            {missingEvidence ? (
              <Alert
                color="orange"
                variant="light"
                role="alert"
                icon={<IconAlertTriangle aria-hidden />}
                title={t('recommendations:status.addEvidenceFirst')}
              >
                <Stack gap="xs">
                  <Text size="sm">
                    {t('recommendations:status.addEvidenceFirstHint', {
                      status: target ? t(`ui:enum.RecommendationStatus.${target}`) : '',
                    })}
                  </Text>
                  <div>
                    <Button
                      size="xs"
                      leftSection={<IconFilePlus size={14} aria-hidden />}
                      onClick={() => setEvidenceOpen(true)}
                    >
                      {t('recommendations:evidence.add')}
                    </Button>
                  </div>
                </Stack>
              </Alert>
            ) : statusError ? (
              <ErrorAlert error={statusError} />
            ) : targetNeedsEvidence ? (
              <Text size="xs" c="dimmed">
                {t('recommendations:status.willNeedEvidence')}
              </Text>
            ) : null}
          </Stack>
        ) : null}
      </Paper>

      <Tabs value={tab} onChange={(value) => onTab((value as Tab | null) ?? 'overview')}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('recommendations:record.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="followUps">
            {t('recommendations:record.tabs.followUps', { count: record.followUps.length })}
          </Tabs.Tab>
          <Tabs.Tab value="history">{t('recommendations:record.tabs.history')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="overview" pt="md">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <Paper withBorder p="md" component="section" aria-labelledby="body">
                  <Title order={2} size="h4" id="body" mb="xs">
                    {t('recommendations:fields.body')}
                  </Title>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={record.body ? undefined : 'dimmed'}>
                    {record.body ?? t('recommendations:record.noBody')}
                  </Text>
                </Paper>

                <Paper withBorder p="md" component="section" aria-labelledby="evidence">
                  <Group justify="space-between" mb="xs">
                    <Title order={2} size="h4" id="evidence">
                      {t('recommendations:evidence.title')}
                    </Title>
                    {canManage && !trashed ? (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconFilePlus size={14} aria-hidden />}
                        onClick={() => setEvidenceOpen(true)}
                      >
                        {t('recommendations:evidence.add')}
                      </Button>
                    ) : null}
                  </Group>
                  {record.evidence.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('recommendations:evidence.none')}
                    </Text>
                  ) : (
                    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                      {record.evidence.map((evidence, index) => (
                        <Group
                          key={`${evidence.documentSymbol}-${evidence.paragraph ?? ''}-${index}`}
                          component="li"
                          justify="space-between"
                          align="flex-start"
                          wrap="nowrap"
                          data-evidence={evidence.documentSymbol}
                        >
                          <Stack gap={2} style={{ minWidth: 0 }}>
                            <Text size="sm" fw={600}>
                              {evidence.paragraph
                                ? t('recommendations:evidence.symbolParagraph', {
                                    symbol: evidence.documentSymbol,
                                    paragraph: evidence.paragraph,
                                  })
                                : evidence.documentSymbol}
                              {evidence.date ? (
                                <Text component="span" size="xs" c="dimmed" fw={400}>
                                  {` · ${day(evidence.date)}`}
                                </Text>
                              ) : null}
                            </Text>
                            {evidence.note ? <Text size="sm">{evidence.note}</Text> : null}
                            {evidence.url ? (
                              <Anchor href={evidence.url} target="_blank" rel="noreferrer" size="sm">
                                <Group gap={4} component="span" wrap="nowrap">
                                  {t('recommendations:evidence.open')}
                                  <IconExternalLink size={12} aria-hidden />
                                </Group>
                              </Anchor>
                            ) : null}
                          </Stack>
                          {canManage && !trashed ? (
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('recommendations:evidence.remove', {
                                symbol: evidence.documentSymbol,
                              })}
                              onClick={() => void removeEvidence(index)}
                            >
                              <IconX size={16} aria-hidden />
                            </ActionIcon>
                          ) : null}
                        </Group>
                      ))}
                    </Stack>
                  )}
                </Paper>
              </Stack>
            </Grid.Col>

            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                <Paper withBorder p="md" component="section" aria-labelledby="contributors">
                  <Title order={2} size="h4" id="contributors" mb="xs">
                    {t('recommendations:record.contributors')}
                  </Title>
                  <Stack gap={8}>
                    <Text size="xs" c="dimmed" fw={500}>
                      {t('recommendations:fields.organizations')}
                    </Text>
                    {record.organizations.length ? (
                      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                        {record.organizations.map((org) => (
                          <li key={org.id}>
                            <OrganizationName organization={org} compact={false} />
                          </li>
                        ))}
                      </Stack>
                    ) : (
                      <Text size="sm">—</Text>
                    )}
                    <Text size="xs" c="dimmed" fw={500}>
                      {t('recommendations:fields.people')}
                    </Text>
                    {record.people.length ? (
                      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                        {record.people.map((person) => (
                          <li key={person.id}>
                            {person.withheld.includes('fullName') || !person.fullName ? (
                              <Withheld />
                            ) : (
                              <Anchor component={Link} to={`/people/${person.id}`} size="sm">
                                {person.fullName}
                              </Anchor>
                            )}
                          </li>
                        ))}
                      </Stack>
                    ) : (
                      <Text size="sm">—</Text>
                    )}
                  </Stack>
                </Paper>
                <Paper withBorder p="md" component="section" aria-labelledby="facts">
                  <Title order={2} size="h4" id="facts" mb="xs">
                    {t('recommendations:record.facts')}
                  </Title>
                  <Stack gap={8}>
                    <Stack gap={2}>
                      <Text size="xs" c="dimmed" fw={500}>
                        {t('recommendations:fields.policyProcess')}
                      </Text>
                      <Text size="sm">{processName ?? '—'}</Text>
                    </Stack>
                    <Stack gap={2}>
                      <Text size="xs" c="dimmed" fw={500}>
                        {t('recommendations:fields.themes')}
                      </Text>
                      {record.themes.length ? (
                        <Group gap={4}>
                          {record.themes.map((key) => (
                            <Badge key={key} size="sm" variant="default" style={{ textTransform: 'none' }}>
                              {themeName(key)}
                            </Badge>
                          ))}
                        </Group>
                      ) : (
                        <Text size="sm">—</Text>
                      )}
                    </Stack>
                  </Stack>
                </Paper>
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>

        <Tabs.Panel value="followUps" pt="md">
          <Paper withBorder p="md">
            <FollowUpsList items={record.followUps} emptyText={t('recommendations:record.noFollowUps')} />
          </Paper>
        </Tabs.Panel>

        <Tabs.Panel value="history" pt="md">
          <Paper withBorder p="md">
            <RecordHistory
              history={record.history}
              fieldLabel={(field) => historyFieldLabel(t, field)}
              formatValue={(_field, value) => historyValue(value)}
            />
          </Paper>
        </Tabs.Panel>
      </Tabs>

      <EvidenceDialog opened={evidenceOpen} onClose={() => setEvidenceOpen(false)} onSave={addEvidence} />
      {canManage ? (
        <RecommendationFormDialog opened={editOpen} onClose={() => setEditOpen(false)} record={record} />
      ) : null}
      <ConfirmDialog
        opened={deleteOpen}
        onClose={() => setDeleteOpen(false)}
        title={t('recommendations:record.deleteTitle')}
        confirmLabel={t('recommendations:record.delete')}
        destructive
        onConfirm={async () => {
          await deleteRecord({ variables: { input: { id: record.id, version: record.version } } });
          notify({
            color: 'un',
            message: t('recommendations:record.deleted', { title: record.title }),
          });
        }}
      >
        {t('recommendations:record.deleteText')}
      </ConfirmDialog>
      {conflicts.dialog}
    </Stack>
  );
}

/** History's field names in the user's language (the rest are spelled out by RecordHistory). */
const HISTORY_FIELDS = {
  title: 'recommendations:fields.title',
  body: 'recommendations:fields.body',
  status: 'recommendations:fields.status',
  policyProcess: 'recommendations:fields.policyProcess',
  themes: 'recommendations:fields.themes',
  dialogueId: 'recommendations:fields.dialogue',
  organizationIds: 'recommendations:fields.organizations',
  personIds: 'recommendations:fields.people',
  evidence: 'recommendations:evidence.title',
} as const;

function historyFieldLabel(t: TFunction<['recommendations', 'ui']>, field: string): string | undefined {
  const key = Object.hasOwn(HISTORY_FIELDS, field)
    ? HISTORY_FIELDS[field as keyof typeof HISTORY_FIELDS]
    : undefined;
  return key ? t(key) : undefined;
}
