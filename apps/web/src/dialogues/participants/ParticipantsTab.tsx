import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Button,
  Center,
  Group,
  Menu,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { IconDots, IconHistory, IconSearch, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../auth/permissions';
import type {
  DialogueDetail_DialogueFragment,
  ParticipationFilter,
  ParticipationRole,
  ParticipationRow_ParticipationFragment,
  ParticipationStatus,
} from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { HistoryDialog } from '../../ui/history';
import { Withheld } from '../../ui/protection/Withheld';
import {
  DeleteParticipationDocument,
  ParticipationHistoryDocument,
  ParticipationsDocument,
  RestoreParticipationDocument,
  SetParticipationStatusDocument,
  UpdateParticipationRoleDocument,
} from '../documents';
import { useDialogueFormatters } from '../format';
import { AddParticipantDialog } from './AddParticipantDialog';
import { isRole, isStatus, PARTICIPATION_ROLES, PARTICIPATION_STATUSES } from './options';
import { useNotify } from '../../ui/useNotify';
import { ExportMenu } from '../../exports/ExportMenu';

export const PARTICIPANTS_PAGE_SIZE = 50;

/** The filter as the API takes it, from the URL (`?role=…&status=…&q=…`). */
export function participationFilter(
  role: ParticipationRole | null,
  status: ParticipationStatus | null,
  text: string,
): ParticipationFilter {
  return {
    ...(role ? { roles: [role] } : {}),
    ...(status ? { statuses: [status] } : {}),
    ...(text.trim() ? { text: text.trim() } : {}),
  };
}

export function isWithheldPerson(row: ParticipationRow_ParticipationFragment): boolean {
  return row.person.withheld.includes('fullName') || !row.person.fullName;
}

/**
 * Who was invited, registered, came: a paged list, people one may see by name first, then withheld people (a
 * lock and words, never a blank; counted in the total). Role and status change in place for those who manage.
 */
export function ParticipantsTab({ dialogue }: { dialogue: DialogueDetail_DialogueFragment }) {
  const { t } = useTranslation(['dialogues', 'ui']);
  const format = useDialogueFormatters();
  const can = useCan();
  const notify = useNotify();
  const editable = can('dialogues.manage') && !dialogue.deletedAt;
  // On a phone the row stacks: organisation under the name, role and status in one cell.
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const [params, setParams] = useSearchParams();
  const roleParam = params.get('role');
  const statusParam = params.get('status');
  const role = isRole(roleParam) ? roleParam : null;
  const status = isStatus(statusParam) ? statusParam : null;
  const text = params.get('q') ?? '';
  const [searchText, setSearchText] = useState(text);
  const [addOpen, setAddOpen] = useState(false);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
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

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ParticipationsDocument, {
    variables: {
      dialogueId: dialogue.id,
      first: PARTICIPANTS_PAGE_SIZE,
      filter: participationFilter(role, status, text),
    },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const rows = shown?.participations.edges.map((edge) => edge.node) ?? [];
  const pageInfo = shown?.participations.pageInfo;
  const withheldShown = rows.filter(isWithheldPerson).length;
  const [setStatus] = useMutation(SetParticipationStatusDocument);
  const [updateRole] = useMutation(UpdateParticipationRoleDocument);
  const [removeParticipation] = useMutation(DeleteParticipationDocument);
  const [restoreParticipation] = useMutation(RestoreParticipationDocument);
  const [historyOf, setHistoryOf] = useState<{ id: string; name: string } | null>(null);

  /** Out of this Dialogue's list and into the trash, with Undo (a mistake, not a cancellation: see status). */
  const onRemove = async (row: ParticipationRow_ParticipationFragment, name: string) => {
    mark(row.id, true);
    try {
      await removeParticipation({ variables: { input: { id: row.id, version: row.version } } });
      await refetch();
      notify.done(t('participants.removed', { name }), {
        label: t('participants.undo'),
        onClick: () => {
          void restoreParticipation({ variables: { id: row.id } })
            .then(() => refetch())
            .then(() => notify.done(t('participants.restored', { name })))
            .catch(notify.failed);
        },
      });
    } catch (failure) {
      notify.failed(failure);
    } finally {
      mark(row.id, false);
    }
  };

  const mark = (id: string, on: boolean) =>
    setBusy((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const personName = (row: ParticipationRow_ParticipationFragment) =>
    isWithheldPerson(row) ? t('participants.withheldPerson') : (row.person.fullName ?? '');

  const onStatus = async (row: ParticipationRow_ParticipationFragment, next: ParticipationStatus) => {
    mark(row.id, true);
    try {
      await setStatus({ variables: { input: { id: row.id, status: next, version: row.version } } });
      notify.done(
        t('participants.statusChanged', {
          name: personName(row),
          status: t(`ui:enum.ParticipationStatus.${next}`),
        }),
      );
    } catch (failure) {
      notify.failed(failure);
      void refetch();
    } finally {
      mark(row.id, false);
    }
  };

  const onRole = async (row: ParticipationRow_ParticipationFragment, next: ParticipationRole) => {
    mark(row.id, true);
    try {
      await updateRole({
        variables: {
          input: {
            id: row.id,
            role: next,
            version: row.version,
            organizationId: row.organization?.id ?? null,
          },
        },
      });
      notify.done(
        t('participants.roleChanged', {
          name: personName(row),
          role: t(`ui:enum.ParticipationRole.${next}`),
        }),
      );
    } catch (failure) {
      notify.failed(failure);
      void refetch();
    } finally {
      mark(row.id, false);
    }
  };

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          participations: {
            ...fetchMoreResult.participations,
            edges: [...previous.participations.edges, ...fetchMoreResult.participations.edges],
          },
        }),
      });
    } catch (failure) {
      notify.failed(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  const filtered = Boolean(role || status || text);

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          aria-label={t('participants.search')}
          placeholder={t('participants.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={searchText}
          onChange={(event) => {
            setSearchText(event.currentTarget.value);
            commitSearch(event.currentTarget.value);
          }}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          aria-label={t('participants.roleFilter')}
          data={[
            { value: '', label: t('participants.allRoles') },
            ...PARTICIPATION_ROLES.map((value) => ({
              value,
              label: t(`ui:enum.ParticipationRole.${value}`),
            })),
          ]}
          value={role ?? ''}
          allowDeselect={false}
          onChange={(value) => setParam('role', value || null)}
          w={{ base: '100%', xs: 180 }}
        />
        <Select
          aria-label={t('participants.statusFilter')}
          data={[
            { value: '', label: t('participants.allStatuses') },
            ...PARTICIPATION_STATUSES.map((value) => ({
              value,
              label: t(`ui:enum.ParticipationStatus.${value}`),
            })),
          ]}
          value={status ?? ''}
          allowDeselect={false}
          onChange={(value) => setParam('status', value || null)}
          w={{ base: '100%', xs: 180 }}
        />
        <ExportMenu
          request={{
            list: 'participants',
            dialogueId: dialogue.id,
            filter: participationFilter(role, status, text),
          }}
        />
        {editable ? (
          <Button
            ms={{ sm: 'auto' }}
            leftSection={<IconUserPlus size={18} aria-hidden />}
            onClick={() => setAddOpen(true)}
          >
            {t('participants.add')}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {shown
          ? [
              t('participants.count', { count: format.number(shown.participations.totalCount) }),
              withheldShown ? t('participants.withheldCount', { count: format.number(withheldShown) }) : '',
            ]
              .filter(Boolean)
              .join(' · ')
          : ''}
      </Text>

      <Paper withBorder>
        {error && !shown ? (
          <Stack p="md">
            <ErrorAlert error={error} onRetry={() => void refetch()} />
          </Stack>
        ) : null}
        {loading && !shown ? (
          <Stack gap="xs" p="md" aria-busy="true" aria-label={t('participants.loading')}>
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} height={36} />
            ))}
          </Stack>
        ) : null}
        {shown && rows.length === 0 ? (
          <Center py="xl" px="md">
            <Stack gap={4} align="center" ta="center">
              <Text fw={500}>{filtered ? t('participants.noneMatch') : t('participants.emptyTitle')}</Text>
              <Text size="sm" c="dimmed">
                {filtered
                  ? t('participants.noneMatchHint')
                  : editable
                    ? t('participants.emptyHintManage')
                    : t('participants.emptyHint')}
              </Text>
            </Stack>
          </Center>
        ) : null}
        {rows.length > 0 ? (
          <Table.ScrollContainer minWidth={isPhone ? 340 : 720}>
            <Table verticalSpacing="xs" highlightOnHover stickyHeader>
              <VisuallyHidden component="caption">{t('participants.caption')}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('participants.columns.person')}</Table.Th>
                  {isPhone ? (
                    <Table.Th scope="col">{t('participants.columns.roleAndStatus')}</Table.Th>
                  ) : (
                    <>
                      <Table.Th scope="col">{t('participants.columns.organisation')}</Table.Th>
                      <Table.Th scope="col">{t('participants.columns.role')}</Table.Th>
                      <Table.Th scope="col">{t('participants.columns.status')}</Table.Th>
                    </>
                  )}
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('participants.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, index) => {
                  const withheld = isWithheldPerson(row);
                  // Controls of a withheld row are named by position, never by anything about the person.
                  const name = withheld
                    ? t('participants.withheldRow', { number: format.number(index + 1) })
                    : personName(row);
                  const organisation = (
                    <>
                      {!row.organization ? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      ) : row.organization.withheld.includes('name') ? (
                        <Withheld compact />
                      ) : (
                        <Anchor component={Link} to={`/organizations/${row.organization.id}`} size="sm">
                          {row.organization.name}
                        </Anchor>
                      )}
                    </>
                  );
                  const roleControl = (
                    <>
                      {editable ? (
                        <Select
                          size="xs"
                          aria-label={t('participants.roleOf', { name })}
                          data={PARTICIPATION_ROLES.map((value) => ({
                            value,
                            label: t(`ui:enum.ParticipationRole.${value}`),
                          }))}
                          value={row.role}
                          allowDeselect={false}
                          disabled={busy.has(row.id)}
                          onChange={(value) => {
                            if (isRole(value) && value !== row.role) void onRole(row, value);
                          }}
                          comboboxProps={{ withinPortal: true }}
                        />
                      ) : (
                        <Text size="sm">{t(`ui:enum.ParticipationRole.${row.role}`)}</Text>
                      )}
                    </>
                  );
                  const statusControl = (
                    <>
                      {editable ? (
                        <Select
                          size="xs"
                          aria-label={t('participants.statusOf', { name })}
                          data={PARTICIPATION_STATUSES.map((value) => ({
                            value,
                            label: t(`ui:enum.ParticipationStatus.${value}`),
                          }))}
                          value={row.status}
                          allowDeselect={false}
                          disabled={busy.has(row.id)}
                          onChange={(value) => {
                            if (isStatus(value) && value !== row.status) void onStatus(row, value);
                          }}
                          comboboxProps={{ withinPortal: true }}
                        />
                      ) : (
                        <Text size="sm">{t(`ui:enum.ParticipationStatus.${row.status}`)}</Text>
                      )}
                    </>
                  );
                  return (
                    <Table.Tr
                      key={row.id}
                      data-withheld={withheld || undefined}
                      aria-busy={busy.has(row.id) || undefined}
                    >
                      <Table.Th scope="row" fw={500}>
                        {withheld ? (
                          <Withheld compact />
                        ) : (
                          <Group gap={6} wrap={isPhone ? 'wrap' : 'nowrap'} style={{ rowGap: 0 }}>
                            <Anchor component={Link} to={`/people/${row.person.id}`} size="sm" fw={500}>
                              {row.person.fullName}
                            </Anchor>
                            {row.person.country ? (
                              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                                <span aria-hidden>{row.person.country.flag} </span>
                                {row.person.country.name}
                              </Text>
                            ) : null}
                          </Group>
                        )}
                        {isPhone && row.organization ? (
                          <Text component="div" size="xs" c="dimmed" mt={4}>
                            {organisation}
                          </Text>
                        ) : null}
                      </Table.Th>
                      {isPhone ? (
                        <Table.Td>
                          <Stack gap={6}>
                            {roleControl}
                            {statusControl}
                          </Stack>
                        </Table.Td>
                      ) : (
                        <>
                          <Table.Td>{organisation}</Table.Td>
                          <Table.Td miw={160}>{roleControl}</Table.Td>
                          <Table.Td miw={160}>{statusControl}</Table.Td>
                        </>
                      )}
                      <Table.Td w={48}>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('participants.moreActions', { name })}
                              disabled={busy.has(row.id)}
                            >
                              <IconDots size={16} aria-hidden />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item
                              leftSection={<IconHistory size={14} aria-hidden />}
                              onClick={() => setHistoryOf({ id: row.id, name })}
                            >
                              {t('participants.history')}
                            </Menu.Item>
                            {editable ? (
                              <Menu.Item
                                color="red"
                                leftSection={<IconTrash size={14} aria-hidden />}
                                onClick={() => void onRemove(row, name)}
                              >
                                {t('participants.remove')}
                              </Menu.Item>
                            ) : null}
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {pageInfo?.hasNextPage ? (
          <Center p="sm">
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              {t('participants.loadMore')}
            </Button>
          </Center>
        ) : null}
      </Paper>
      {editable && addOpen ? (
        <AddParticipantDialog opened={addOpen} onClose={() => setAddOpen(false)} dialogueId={dialogue.id} />
      ) : null}
      <HistoryDialog
        id={historyOf?.id ?? null}
        title={t('participants.historyOf', { name: historyOf?.name ?? '' })}
        onClose={() => setHistoryOf(null)}
        document={ParticipationHistoryDocument}
        enums={{ role: 'ParticipationRole', status: 'ParticipationStatus' }}
        names={{
          [dialogue.id]: dialogue.title,
          ...Object.fromEntries(dialogue.sessions.map((session) => [session.id, session.title])),
          ...Object.fromEntries(
            rows.flatMap((row): [string, string][] => [
              ...(row.person.fullName ? [[row.person.id, row.person.fullName] as [string, string]] : []),
              ...(row.organization?.name
                ? [[row.organization.id, row.organization.name] as [string, string]]
                : []),
            ]),
          ),
        }}
      />
    </Stack>
  );
}
