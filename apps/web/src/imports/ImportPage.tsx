import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ImportJobQuery } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { usePageTitle } from '../ui/usePageTitle';
import {
  ApplyImportBulkChoiceDocument,
  CommitImportDocument,
  ImportDialoguesDocument,
  ImportJobDocument,
  ImportRowsDocument,
  SetImportChoicesDocument,
  SetImportMappingDocument,
} from './documents';
import { uploadImport } from './uploadImport';

export const IMPORT_ROWS_PAGE = 50;
const WORKING = ['PARSING', 'CHECKING', 'COMMITTING'];
type Kind = 'ORGANIZATIONS' | 'PEOPLE' | 'PARTICIPANTS';
type Job = ImportJobQuery['importJob'];

/**
 * The import wizard: upload → mapping (suggested or remembered, editable) → dry run (errors, likely duplicates,
 * a choice per row, bulk choices) → commit with progress → result. The import's id is in the address, so a
 * reload (or coming back later) lands on the same step.
 */
export function ImportPage() {
  const { t } = useTranslation('imports');
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const { data, error, startPolling, stopPolling } = useQuery(ImportJobDocument, {
    variables: { id: id ?? '' },
    skip: !id,
  });
  const job = data?.importJob;
  const working = !!job && WORKING.includes(job.status);
  useEffect(() => {
    if (working) startPolling(700);
    else stopPolling();
    return () => stopPolling();
  }, [working, startPolling, stopPolling]);
  const open = (next: string | null) => setParams(next ? { id: next } : {});

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      {error ? <ErrorAlert error={error} /> : null}
      {!id ? <UploadStep onUploaded={open} /> : null}
      {job ? <JobView job={job} onRestart={() => open(null)} /> : null}
    </Stack>
  );
}

function UploadStep({ onUploaded }: { onUploaded: (id: string) => void }) {
  const { t } = useTranslation('imports');
  const [kind, setKind] = useState<Kind>('ORGANIZATIONS');
  const [dialogueId, setDialogueId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const dialogues = useQuery(ImportDialoguesDocument, { skip: kind !== 'PARTICIPANTS' });

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    const result = await uploadImport(file, { kind, fileName: file.name, dialogueId });
    setBusy(false);
    if (result.ok) onUploaded(result.id);
    else setProblem(result.message || t('networkError'));
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="md" maw={560}>
        <Select
          label={t('kindLabel')}
          data={(['ORGANIZATIONS', 'PEOPLE', 'PARTICIPANTS'] as const).map((k) => ({
            value: k,
            label: t(`kinds.${k}`),
          }))}
          value={kind}
          onChange={(value) => setKind(value ?? 'ORGANIZATIONS')}
          allowDeselect={false}
        />
        {kind === 'PARTICIPANTS' ? (
          <Select
            label={t('dialogueLabel')}
            data={(dialogues.data?.dialogues ?? []).map((d) => ({ value: d.id, label: d.title }))}
            value={dialogueId}
            onChange={setDialogueId}
            required
          />
        ) : null}
        <FileInput
          label={t('fileLabel')}
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={setFile}
          leftSection={<IconFileImport size={16} aria-hidden />}
        />
        {problem ? (
          <Alert color="red" title={t('uploadFailed')} role="alert" icon={<IconAlertTriangle aria-hidden />}>
            {problem}
          </Alert>
        ) : null}
        <Group>
          <Button
            onClick={() => void submit()}
            loading={busy}
            disabled={!file || (kind === 'PARTICIPANTS' && !dialogueId)}
          >
            {t('upload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function JobView({ job, onRestart }: { job: Job; onRestart: () => void }) {
  const { t } = useTranslation('imports');
  const [commit, committing] = useMutation(CommitImportDocument);
  if (WORKING.includes(job.status)) {
    const done =
      job.status === 'PARSING'
        ? job.progress.parsed
        : job.status === 'CHECKING'
          ? job.progress.checked
          : job.progress.written;
    const total = Math.max(job.progress.total, 1);
    return (
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text>
            {t(`working.${job.status as 'PARSING'}`, {
              done: done.toLocaleString(),
              total: job.progress.total.toLocaleString(),
            })}
          </Text>
          <Progress value={(done / total) * 100} aria-label={job.status} animated />
        </Stack>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <Text fw={600}>
        {job.fileName}
        {job.format ? ` · ${job.format}` : ''}
        {job.encoding ? ` · ${job.encoding}` : ''}
        {job.sheet ? ` · ${job.sheet}` : ''}
      </Text>
      {job.notes.length ? (
        <Alert color="blue" title={t('notes')}>
          <List size="sm">
            {job.notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {job.status === 'MAPPING' ? <MappingStep job={job} /> : null}
      {job.status === 'CHECKED' ? <DryRunStep job={job} /> : null}
      {job.status === 'COMMITTED' ? <ResultStep job={job} onRestart={onRestart} /> : null}
      {['FAILED', 'INTERRUPTED', 'CANCELLED'].includes(job.status) ? (
        <Alert color="red" role="alert" title={t(`failed.${job.status as 'FAILED'}`)}>
          <Stack gap="sm">
            {job.error ? <Text size="sm">{job.error}</Text> : null}
            <Group>
              {job.counts.rows > 0 && job.status !== 'CANCELLED' ? (
                <Button
                  variant="light"
                  loading={committing.loading}
                  onClick={() =>
                    void commit({ variables: { input: { importId: job.id, confirmSameFile: true } } })
                  }
                >
                  {t('failed.retryCommit')}
                </Button>
              ) : null}
              <Button variant="default" onClick={onRestart}>
                {t('failed.startAgain')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}

function MappingStep({ job }: { job: Job }) {
  const { t } = useTranslation('imports');
  const [fields, setFields] = useState<(string | null)[]>(() => job.columns.map((c) => c.field ?? null));
  const [save, saving] = useMutation(SetImportMappingDocument);
  const options = [
    { value: '', label: t('mapping.leaveOut') },
    ...job.fields.map((f) => ({ value: f, label: t(`fields.${f as 'name'}`) })),
  ];
  return (
    <Stack gap="sm">
      <Title order={2}>{t('mapping.title')}</Title>
      <Text c="dimmed">
        {job.mappingSource === 'REMEMBERED' ? t('mapping.remembered') : t('mapping.suggested')}
      </Text>
      {saving.error ? <ErrorAlert error={saving.error} /> : null}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('mapping.column')}</Table.Th>
            <Table.Th>{t('mapping.samples')}</Table.Th>
            <Table.Th>{t('mapping.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {job.columns.map((column, i) => (
            <Table.Tr key={column.column}>
              <Table.Td>{column.header}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {column.samples.join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${t('mapping.field')}: ${column.header}`}
                  data={options}
                  value={fields[i] ?? ''}
                  onChange={(value) => setFields((all) => all.map((f, j) => (j === i ? value || null : f)))}
                  allowDeselect={false}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          loading={saving.loading}
          onClick={() =>
            void save({
              variables: {
                input: {
                  importId: job.id,
                  mapping: fields.map((field, column) => ({ column, field })),
                  dialogueId: job.dialogueId,
                },
              },
            }).catch(() => undefined)
          }
        >
          {t('mapping.check')}
        </Button>
      </Group>
    </Stack>
  );
}

type Filter = 'all' | 'errors' | 'duplicates' | 'undecided';
const FILTERS: Record<Filter, Record<string, unknown>> = {
  all: {},
  errors: { statuses: ['ERROR'] },
  duplicates: { statuses: ['DUPLICATE'] },
  undecided: { undecided: true },
};

function DryRunStep({ job }: { job: Job }) {
  const { t } = useTranslation('imports');
  const [filter, setFilter] = useState<Filter>('all');
  const [confirmSame, setConfirmSame] = useState(false);
  const rows = useQuery(ImportRowsDocument, {
    variables: { id: job.id, filter: FILTERS[filter], first: IMPORT_ROWS_PAGE },
  });
  const refetch = { refetchQueries: ['ImportRows'] };
  const [bulk, bulking] = useMutation(ApplyImportBulkChoiceDocument, refetch);
  const [choose, choosing] = useMutation(SetImportChoicesDocument, refetch);
  const [commit, committing] = useMutation(CommitImportDocument);
  const c = job.counts;
  const mutationError = bulking.error ?? choosing.error ?? committing.error;
  return (
    <Stack gap="sm">
      <Title order={2}>{t('dryRun.title')}</Title>
      <Text>{t('dryRun.summary', c)}</Text>
      {mutationError ? <ErrorAlert error={mutationError} /> : null}
      <Group gap="xs">
        {(['SKIP_ERRORS', 'MERGE_CERTAIN', 'SKIP_DUPLICATES', 'CREATE_DUPLICATES'] as const).map((b) => (
          <Button
            key={b}
            size="xs"
            variant="light"
            onClick={() => void bulk({ variables: { id: job.id, bulk: b } }).catch(() => undefined)}
          >
            {t(`dryRun.bulk.${b}`)}
          </Button>
        ))}
      </Group>
      <SegmentedControl
        aria-label={t('dryRun.filter')}
        value={filter}
        onChange={(value) => setFilter(value)}
        data={(Object.keys(FILTERS) as Filter[]).map((f) => ({ value: f, label: t(`dryRun.filters.${f}`) }))}
      />
      {rows.error ? <ErrorAlert error={rows.error} /> : null}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dryRun.row')}</Table.Th>
            <Table.Th>{t('dryRun.values')}</Table.Th>
            <Table.Th>{t('dryRun.problems')}</Table.Th>
            <Table.Th>{t('dryRun.matches')}</Table.Th>
            <Table.Th>{t('dryRun.choice')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows.data?.importRows.edges ?? []).map(({ node: row }) => {
            const existing = row.matches.filter((m) => m.source === 'EXISTING' && m.id);
            const value = row.choice === 'MERGE' ? `MERGE:${row.targetId}` : (row.choice ?? null);
            return (
              <Table.Tr key={row.rowNumber}>
                <Table.Td>{row.rowNumber}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {/* Empty cells left out: "Name ·  · Kenya" reads as a fault. */}
                    {(row.values.length ? row.values.map((v) => v.value) : row.cells)
                      .filter((text) => text.trim() !== '')
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {[...row.errors, ...row.warnings].map((p, i) => (
                    <Text key={i} size="sm" c={i < row.errors.length ? 'red' : 'orange'}>
                      {p.column ? `${p.column}: ` : ''}
                      {p.message}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  {row.matches.map((m, i) => (
                    <Text key={i} size="sm">
                      {m.source === 'FILE'
                        ? `${m.name} (${t('dryRun.fromFile', { row: m.rowNumber })})`
                        : m.name}{' '}
                      <Badge size="xs" variant="light">
                        {t('dryRun.score', { score: Math.round(m.score * 100) })}
                      </Badge>
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${t('dryRun.choice')} ${row.rowNumber}`}
                    placeholder={t('dryRun.undecided')}
                    value={value}
                    data={[
                      ...(row.status === 'ERROR'
                        ? []
                        : [{ value: 'CREATE', label: t('dryRun.choices.CREATE') }]),
                      ...(row.status === 'ERROR'
                        ? []
                        : existing.map((m) => ({
                            value: `MERGE:${m.id}`,
                            label: t('dryRun.choices.MERGE', { name: m.name }),
                          }))),
                      { value: 'SKIP', label: t('dryRun.choices.SKIP') },
                    ]}
                    onChange={(next) => {
                      if (!next) return;
                      const [choice, targetId] = next.split(':');
                      void choose({
                        variables: {
                          input: {
                            importId: job.id,
                            choices: [{ rowNumber: row.rowNumber, choice: choice as 'CREATE', targetId }],
                          },
                        },
                      }).catch(() => undefined);
                    }}
                    allowDeselect={false}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {rows.data?.importRows.pageInfo.hasNextPage ? (
        <Button
          variant="subtle"
          onClick={() =>
            void rows.fetchMore({
              variables: { after: rows.data?.importRows.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...fetchMoreResult,
                importRows: {
                  ...fetchMoreResult.importRows,
                  edges: [...previous.importRows.edges, ...fetchMoreResult.importRows.edges],
                },
              }),
            })
          }
        >
          {t('dryRun.more')}
        </Button>
      ) : null}
      {job.sameFileAs ? (
        <Alert color="yellow" title={t('dryRun.sameFile', { fileName: job.sameFileAs.fileName })}>
          <Checkbox
            label={t('dryRun.confirmSameFile')}
            checked={confirmSame}
            onChange={(e) => setConfirmSame(e.currentTarget.checked)}
          />
        </Alert>
      ) : null}
      {c.undecided > 0 ? <Text c="dimmed">{t('dryRun.needChoices', { count: c.undecided })}</Text> : null}
      <Group>
        <Button
          disabled={c.undecided > 0 || (!!job.sameFileAs && !confirmSame)}
          loading={committing.loading}
          onClick={() =>
            void commit({ variables: { input: { importId: job.id, confirmSameFile: confirmSame } } }).catch(
              () => undefined,
            )
          }
        >
          {t('dryRun.commit')}
        </Button>
      </Group>
    </Stack>
  );
}

function ResultStep({ job, onRestart }: { job: Job; onRestart: () => void }) {
  const { t } = useTranslation('imports');
  const rows = useQuery(ImportRowsDocument, {
    variables: { id: job.id, filter: {}, first: IMPORT_ROWS_PAGE },
  });
  const base = job.kind === 'ORGANIZATIONS' ? '/organizations' : '/people';
  return (
    <Stack gap="sm">
      <Title order={2}>{t('result.title')}</Title>
      <Alert color="green" role="status">
        {t('result.summary', job.counts)}
      </Alert>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dryRun.row')}</Table.Th>
            <Table.Th>{t('dryRun.values')}</Table.Th>
            <Table.Th>{t('result.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows.data?.importRows.edges ?? []).map(({ node: row }) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td>{row.rowNumber}</Table.Td>
              <Table.Td>{row.values[0]?.value ?? row.cells[0]}</Table.Td>
              <Table.Td>
                {row.resultAction ? t(`result.actions.${row.resultAction as 'CREATED'}`) : null}{' '}
                {row.resultId ? (
                  <Anchor component={Link} to={`${base}/${row.resultId}`}>
                    {t('result.open')}
                  </Anchor>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="default" onClick={onRestart}>
          {t('result.another')}
        </Button>
      </Group>
    </Stack>
  );
}
