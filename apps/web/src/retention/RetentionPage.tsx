import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RetentionAction, RetentionKind, RetentionPageQuery } from '../gql/graphql';
import { useFormatters } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { Withheld } from '../ui/protection/Withheld';
import { usePageTitle } from '../ui/usePageTitle';
import {
  ResolveRetentionFlagDocument,
  RetentionPageDocument,
  RunRetentionJobDocument,
  UpdateRetentionPolicyDocument,
} from './documents';
import { ErasePersonDialog } from './ErasePersonDialog';

type Policy = RetentionPageQuery['retentionPolicies'][number];
type Flag = RetentionPageQuery['retentionFlags'][number];

/** Administration → Retention: the periods, the daily job, and the people past their time to review. */
export function RetentionPage() {
  const { t } = useTranslation('retention');
  usePageTitle(t('page.title'));
  const { data, loading, error, refetch } = useQuery(RetentionPageDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [run, running] = useMutation(RunRetentionJobDocument, { refetchQueries: [RetentionPageDocument] });

  return (
    <Stack gap="xl">
      <PageHeader title={t('page.title')} description={t('page.description')} />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? (
        <Skeleton h={300} />
      ) : data ? (
        <>
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('policies.title')}
            </Title>
            <Paper withBorder style={{ overflowX: 'auto' }}>
              <Table>
                <Table.Caption>{t('policies.title')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('policies.kind')}</Table.Th>
                    <Table.Th scope="col">{t('policies.period')}</Table.Th>
                    <Table.Th scope="col">{t('policies.action')}</Table.Th>
                    <Table.Th scope="col">{t('policies.enabled')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('policies.save')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.retentionPolicies.map((policy) => (
                    <PolicyRow key={policy.id} policy={policy} />
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          </Stack>
          <JobSection
            job={data.retentionJob}
            running={running.loading}
            onRun={async () => {
              const result = await run();
              notifications.show({
                color: result.data?.runRetentionJob.ran ? 'green' : 'orange',
                message: result.data?.runRetentionJob.ran ? t('job.ran') : t('job.busy'),
              });
            }}
          />
          <FlagsSection flags={data.retentionFlags} onChanged={() => void refetch()} />
        </>
      ) : null}
    </Stack>
  );
}

function PolicyRow({ policy }: { policy: Policy }) {
  const { t } = useTranslation('retention');
  const [periodDays, setPeriodDays] = useState<number>(policy.periodDays);
  const [action, setAction] = useState<RetentionAction>(policy.action);
  const [enabled, setEnabled] = useState(policy.enabled);
  const [error, setError] = useState<unknown>(null);
  const [save, { loading }] = useMutation(UpdateRetentionPolicyDocument);
  const changed = periodDays !== policy.periodDays || action !== policy.action || enabled !== policy.enabled;
  const label = t(`kinds.${policy.kind}.label`);

  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={500}>{label}</Text>
        <Text size="sm" c="dimmed">
          {t(`kinds.${policy.kind}.description`)}
        </Text>
        {error ? <ErrorAlert error={error} /> : null}
      </Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={t('policies.periodOf', { kind: label })}
          value={periodDays}
          onChange={(value) => setPeriodDays(typeof value === 'number' ? value : Number(value) || 1)}
          min={1}
          max={36500}
          allowDecimal={false}
          hideControls
          suffix={` ${t('policies.days')}`}
          w={140}
        />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('policies.actionOf', { kind: label })}
          data={policy.allowedActions.map((value) => ({ value, label: t(`actions.${value}`) }))}
          value={action}
          onChange={(value) => value && setAction(value)}
          allowDeselect={false}
          w={200}
        />
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={t('policies.enabledOf', { kind: label })}
          checked={enabled}
          onChange={(event) => setEnabled(event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          disabled={!changed}
          loading={loading}
          aria-label={t('policies.saveOf', { kind: label })}
          onClick={async () => {
            setError(null);
            try {
              await save({
                variables: { input: { id: policy.id, version: policy.version, periodDays, action, enabled } },
              });
              notifications.show({ color: 'green', message: t('policies.saved', { kind: label }) });
            } catch (failure) {
              setError(failure);
            }
          }}
        >
          {t('policies.save')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function JobSection({
  job,
  running,
  onRun,
}: {
  job: RetentionPageQuery['retentionJob'];
  running: boolean;
  onRun: () => Promise<void>;
}) {
  const { t } = useTranslation('retention');
  const { dateTime } = useFormatters();
  const summary = parseSummary(job.lastSummary);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('job.title')}
        </Title>
        <Button variant="default" loading={running} onClick={() => void onRun()}>
          {t('job.runNow')}
        </Button>
      </Group>
      <Paper withBorder p="md">
        <Stack gap={6}>
          <Text>
            {job.lastStartedAt ? t('job.lastRun', { when: dateTime(job.lastStartedAt) }) : t('job.neverRun')}{' '}
            {job.lastOutcome ? (
              <Badge color={job.lastOutcome === 'SUCCEEDED' ? 'green' : 'red'} variant="light">
                {t(`job.outcomes.${job.lastOutcome === 'SUCCEEDED' ? 'SUCCEEDED' : 'FAILED'}`)}
              </Badge>
            ) : null}
          </Text>
          <Text size="sm" c="dimmed">
            {t('job.nextRun', { when: dateTime(job.nextRunAt) })}
          </Text>
          {summary.error ? <Text c="red">{summary.error}</Text> : null}
          {summary.kinds.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {summary.kinds.map(([kind, done]) => (
                <li key={kind}>
                  <Text size="sm">
                    {t('job.did', {
                      kind: t(`kinds.${kind}.label`),
                      action: t(`actions.${done.action}`),
                      count: done.count,
                    })}
                  </Text>
                </li>
              ))}
            </ul>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}

function parseSummary(text: string | null | undefined): {
  error: string | null;
  kinds: [RetentionKind, { action: RetentionAction; count: number }][];
} {
  if (!text) return { error: null, kinds: [] };
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    if (typeof parsed.error === 'string') return { error: parsed.error, kinds: [] };
    return {
      error: null,
      kinds: Object.entries(parsed) as [RetentionKind, { action: RetentionAction; count: number }][],
    };
  } catch {
    return { error: null, kinds: [] };
  }
}

function FlagsSection({ flags, onChanged }: { flags: Flag[]; onChanged: () => void }) {
  const { t } = useTranslation('retention');
  const { date } = useFormatters();
  const [erasing, setErasing] = useState<{ id: string; fullName: string } | null>(null);
  const [resolve] = useMutation(ResolveRetentionFlagDocument);
  const [error, setError] = useState<unknown>(null);

  const decide = async (flag: Flag, decision: 'KEEP' | 'DISMISS') => {
    setError(null);
    try {
      await resolve({ variables: { input: { id: flag.id, decision } } });
      notifications.show({
        color: 'green',
        message: t(decision === 'KEEP' ? 'flags.kept' : 'flags.dismissed'),
      });
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('flags.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('flags.description')}
      </Text>
      {error ? <ErrorAlert error={error} /> : null}
      {flags.length === 0 ? (
        <Text c="dimmed">{t('flags.empty')}</Text>
      ) : (
        <Paper withBorder style={{ overflowX: 'auto' }}>
          <Table striped>
            <Table.Caption>{t('flags.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('flags.person')}</Table.Th>
                <Table.Th scope="col">{t('flags.reason')}</Table.Th>
                <Table.Th scope="col">{t('flags.due')}</Table.Th>
                <Table.Th scope="col">{t('flags.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {flags.map((flag) => {
                const name = flag.person.withheld.includes('fullName') ? null : flag.person.fullName;
                return (
                  <Table.Tr key={flag.id}>
                    <Table.Td>
                      {name ? (
                        <Anchor component={Link} to={`/people/${flag.person.id}`}>
                          {name}
                        </Anchor>
                      ) : (
                        <Withheld compact />
                      )}
                    </Table.Td>
                    <Table.Td>{t(`kinds.${flag.kind}.label`)}</Table.Td>
                    <Table.Td>{date(flag.dueOn)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {name ? (
                          <Button
                            size="xs"
                            color="red.8"
                            variant="light"
                            aria-label={t('flags.eraseOf', { name })}
                            onClick={() => setErasing({ id: flag.person.id, fullName: name })}
                          >
                            {t('flags.erase')}
                          </Button>
                        ) : null}
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={name ? t('flags.keepOf', { name }) : t('flags.keep')}
                          onClick={() => void decide(flag, 'KEEP')}
                        >
                          {t('flags.keep')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={name ? t('flags.dismissOf', { name }) : t('flags.dismiss')}
                          onClick={() => void decide(flag, 'DISMISS')}
                        >
                          {t('flags.dismiss')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {erasing ? (
        <ErasePersonDialog
          opened
          person={erasing}
          onClose={() => setErasing(null)}
          onErased={() => {
            notifications.show({ color: 'green', message: t('erase.done') });
            onChanged();
          }}
        />
      ) : null}
    </Stack>
  );
}
