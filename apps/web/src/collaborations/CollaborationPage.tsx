import type { TFunction } from 'i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Menu,
  Paper,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconChevronDown, IconEdit, IconRestore, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCan } from '../auth/permissions';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { hasErrorCode } from '../ui/errors';
import { RiskBadge } from '../ui/protection/RiskBadge';
import { Withheld } from '../ui/protection/Withheld';
import { RecordHistory } from '../ui/history';
import { usePageTitle } from '../ui/usePageTitle';
import { CollaborationFormDialog } from './CollaborationFormDialog';
import {
  CollaborationDocument,
  DeleteCollaborationDocument,
  RestoreCollaborationDocument,
} from './documents';
import { FollowUpsList } from './shared/FollowUpsList';
import { historyValue, themeNamer, useDayFormat } from './shared/format';
import { OrganizationName } from './shared/OrganizationName';
import { SouthSouthBadge } from './shared/SouthSouthBadge';
import { otherStatuses } from './status';
import { useMoveCollaboration } from './useMoveCollaboration';
import { useNotify } from './shared/notify';

const TABS = ['overview', 'followUps', 'history'] as const;
type Tab = (typeof TABS)[number];

/** One collaboration: what it is, who is in it and in what role, where it stands, and what changed. */
export function CollaborationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['collaborations', 'ui']);
  const notify = useNotify();
  const can = useCan();
  const day = useDayFormat();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'overview';
  const { data, loading, error, refetch } = useQuery(CollaborationDocument, { variables: { id } });
  const record = data?.collaboration;
  usePageTitle(record?.title ?? t('collaborations:record.loading'));
  const { move, overrides, dialog } = useMoveCollaboration();
  const [editOpen, setEditOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [deleteRecord] = useMutation(DeleteCollaborationDocument, { refetchQueries: ['Collaboration'] });
  const [restoreRecord, restoring] = useMutation(RestoreCollaborationDocument, {
    refetchQueries: ['Collaboration'],
  });

  const back = (
    <Anchor component={Link} to="/collaborations" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('collaborations:record.back')}
      </Group>
    </Anchor>
  );

  if (error && !record) {
    return (
      <Stack gap="md" maw={720}>
        {back}
        <ErrorAlert
          error={error}
          title={hasErrorCode(error, 'NOT_FOUND') ? t('collaborations:record.notFound') : undefined}
          onRetry={hasErrorCode(error, 'NOT_FOUND') ? undefined : () => void refetch()}
        />
      </Stack>
    );
  }
  if (loading || !record || !data) {
    return (
      <Stack gap="md" aria-busy="true" aria-label={t('collaborations:record.loading')}>
        {back}
        <Skeleton height={36} width="50%" />
        <Skeleton height={20} width="30%" />
        <Skeleton height={200} />
      </Stack>
    );
  }

  const themeName = themeNamer(data.themes);
  const status = overrides.get(record.id) ?? record.status;
  const canLog = can('collaborations.log');
  const canManage = can('collaborations.manage');
  const trashed = Boolean(record.deletedAt);
  const withheldPartners = record.partners.filter((p) => p.organization.withheld.includes('name')).length;

  const restore = async () => {
    try {
      await restoreRecord({ variables: { id: record.id } });
      notify({ color: 'un', message: t('collaborations:record.restored') });
    } catch {
      notify({ color: 'red', message: t('collaborations:record.restoreFailed') });
    }
  };

  return (
    <Stack gap="lg">
      {back}
      {trashed ? (
        <Alert color="orange" variant="light" title={t('collaborations:record.inTrash')}>
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('collaborations:record.inTrashHint')}</Text>
            {canManage ? (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconRestore size={14} aria-hidden />}
                loading={restoring.loading}
                onClick={() => void restore()}
              >
                {t('collaborations:record.restore')}
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
            <Badge variant="filled" style={{ textTransform: 'none' }} data-status={status}>
              {t(`ui:enum.CollaborationStatus.${status}`)}
            </Badge>
            <SouthSouthBadge kind={record.southSouth} />
            <Text size="sm" c="dimmed">
              {t('collaborations:record.cycle', { number: record.cycle.number })}
            </Text>
          </Group>
        </Stack>
        {canLog && !trashed ? (
          <Group gap="sm">
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
                  {t('collaborations:record.moveTo')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {otherStatuses(status).map((target) => (
                  <Menu.Item key={target} onClick={() => void move(record, target)}>
                    {t(`ui:enum.CollaborationStatus.${target}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setEditOpen(true)}>
              {t('collaborations:record.edit')}
            </Button>
            {canManage ? (
              <Button
                variant="default"
                color="red.9"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setDeleteOpen(true)}
              >
                {t('collaborations:record.delete')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>

      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })
        }
      >
        <Tabs.List>
          <Tabs.Tab value="overview">{t('collaborations:record.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="followUps">
            {t('collaborations:record.tabs.followUps', { count: record.followUps.length })}
          </Tabs.Tab>
          <Tabs.Tab value="history">{t('collaborations:record.tabs.history')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="overview" pt="md">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <Paper withBorder p="md" component="section" aria-labelledby="about">
                  <Title order={2} size="h4" id="about" mb="xs">
                    {t('collaborations:record.about')}
                  </Title>
                  <Text
                    size="sm"
                    style={{ whiteSpace: 'pre-wrap' }}
                    c={record.description ? undefined : 'dimmed'}
                  >
                    {record.description ?? t('collaborations:record.noDescription')}
                  </Text>
                </Paper>

                <Paper withBorder p="md" component="section" aria-labelledby="partners">
                  <Title order={2} size="h4" id="partners" mb="xs">
                    {t('collaborations:fields.partners')}
                  </Title>
                  <Table.ScrollContainer minWidth={420}>
                    <Table fz="sm" verticalSpacing={6}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('collaborations:record.organisation')}</Table.Th>
                          <Table.Th>{t('collaborations:record.role')}</Table.Th>
                          <Table.Th>{t('collaborations:record.country')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {record.partners.map((partner) => {
                          const org = partner.organization;
                          const hidden = org.withheld.includes('name');
                          return (
                            <Table.Tr
                              key={partner.organizationId}
                              data-partner={hidden ? 'withheld' : 'shown'}
                            >
                              <Table.Td>
                                <Group gap="xs" wrap="nowrap">
                                  {hidden ? <Withheld /> : <OrganizationName organization={org} />}
                                  <RiskBadge level={org.riskLevel} hideStandard />
                                </Group>
                              </Table.Td>
                              <Table.Td>{t(`ui:enum.PartnerRole.${partner.role}`)}</Table.Td>
                              <Table.Td>
                                {org.withheld.includes('country') || org.withheld.includes('countryCode') ? (
                                  <Withheld compact />
                                ) : org.country ? (
                                  <span>
                                    <span aria-hidden>{org.country.flag} </span>
                                    {org.country.name}
                                    {org.country.isGlobalSouth ? (
                                      <Text component="span" size="xs" c="dimmed">
                                        {` · ${t('collaborations:record.globalSouth')}`}
                                      </Text>
                                    ) : null}
                                  </span>
                                ) : (
                                  '—'
                                )}
                              </Table.Td>
                            </Table.Tr>
                          );
                        })}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Paper>

                {record.outputs.length ? (
                  <Paper withBorder p="md" component="section" aria-labelledby="outputs">
                    <Title order={2} size="h4" id="outputs" mb="xs">
                      {t('collaborations:record.outputs')}
                    </Title>
                    <List size="sm" spacing={4}>
                      {record.outputs.map((output, index) => (
                        <List.Item key={`${output.title}-${index}`}>
                          {output.url ? (
                            <Anchor href={output.url} target="_blank" rel="noreferrer">
                              {output.title}
                            </Anchor>
                          ) : (
                            output.title
                          )}
                          {output.date ? ` · ${day(output.date)}` : ''}
                        </List.Item>
                      ))}
                    </List>
                  </Paper>
                ) : null}
              </Stack>
            </Grid.Col>

            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                <Paper withBorder p="md" component="section" aria-labelledby="facts">
                  <Title order={2} size="h4" id="facts" mb="xs">
                    {t('collaborations:record.facts')}
                  </Title>
                  <Stack gap={8}>
                    <Fact
                      label={t('collaborations:fields.startDate')}
                      value={record.startDate ? day(record.startDate) : '—'}
                    />
                    <Fact
                      label={t('collaborations:fields.endDate')}
                      value={record.endDate ? day(record.endDate) : '—'}
                    />
                    <Fact
                      label={t('collaborations:fields.themes')}
                      value={
                        record.themes.length ? (
                          <Group gap={4}>
                            {record.themes.map((key) => (
                              <Badge key={key} size="sm" variant="default" style={{ textTransform: 'none' }}>
                                {themeName(key)}
                              </Badge>
                            ))}
                          </Group>
                        ) : (
                          '—'
                        )
                      }
                    />
                  </Stack>
                </Paper>

                <Paper withBorder p="md" component="section" aria-labelledby="south-south">
                  <Title order={2} size="h4" id="south-south" mb="xs">
                    {t('collaborations:fields.southSouth')}
                  </Title>
                  <Stack gap={6}>
                    {record.southSouth ? (
                      <div>
                        <SouthSouthBadge kind={record.southSouth} />
                      </div>
                    ) : null}
                    <Text size="sm">
                      {record.southSouth
                        ? t(`collaborations:southSouth.meaning.${record.southSouth}`)
                        : t('collaborations:southSouth.unknown')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('collaborations:southSouth.derived')}
                    </Text>
                    {withheldPartners ? (
                      <Text size="xs" c="dimmed">
                        {t('collaborations:southSouth.withheldNotCounted', { count: withheldPartners })}
                      </Text>
                    ) : null}
                  </Stack>
                </Paper>
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>

        <Tabs.Panel value="followUps" pt="md">
          <Paper withBorder p="md">
            <FollowUpsList items={record.followUps} emptyText={t('collaborations:record.noFollowUps')} />
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

      {canLog ? (
        <CollaborationFormDialog
          opened={editOpen}
          onClose={() => setEditOpen(false)}
          record={record}
          themes={data.themes}
        />
      ) : null}
      <ConfirmDialog
        opened={deleteOpen}
        onClose={() => setDeleteOpen(false)}
        title={t('collaborations:record.deleteTitle')}
        confirmLabel={t('collaborations:record.delete')}
        destructive
        onConfirm={async () => {
          await deleteRecord({ variables: { input: { id: record.id, version: record.version } } });
          notify({
            color: 'un',
            message: t('collaborations:record.deleted', { title: record.title }),
          });
        }}
      >
        {t('collaborations:record.deleteText')}
      </ConfirmDialog>
      {dialog}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </Stack>
  );
}

/** History's field names in the user's language (the rest are spelled out by RecordHistory). */
const HISTORY_FIELDS = {
  title: 'collaborations:fields.title',
  description: 'collaborations:fields.description',
  status: 'collaborations:fields.status',
  startDate: 'collaborations:fields.startDate',
  endDate: 'collaborations:fields.endDate',
  themes: 'collaborations:fields.themes',
  partnerIds: 'collaborations:fields.partners',
  partnerRoles: 'collaborations:form.roles',
  outputs: 'collaborations:record.outputs',
} as const;

function historyFieldLabel(t: TFunction<['collaborations', 'ui']>, field: string): string | undefined {
  const key = Object.hasOwn(HISTORY_FIELDS, field)
    ? HISTORY_FIELDS[field as keyof typeof HISTORY_FIELDS]
    : undefined;
  return key ? t(key) : undefined;
}
