import { useQuery } from '@apollo/client/react';
import {
  Button,
  Center,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/CurrentUser';
import type { Role, UserFilter, UsersTable_UserFragment } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { toAppError } from '../ui/errors';
import { errorText } from '../ui/errorText';
import { PageHeader } from '../ui/PageHeader';
import { isRole, ROLES } from '../ui/roles';
import { usePageTitle } from '../ui/usePageTitle';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { InvitationsList } from './InvitationsList';
import { InviteUserDialog } from './InviteUserDialog';
import { useChangeUserRole } from './useChangeUserRole';
import { useDisableUser } from './useDisableUser';
import { useEnableUser } from './useEnableUser';
import { UsersDocument } from './usersDocuments';
import { UsersTable } from './UsersTable';
import { SecondFactorRolesCard } from '../security/SecondFactorRolesCard';

export const USERS_PAGE_SIZE = 50;

/** The filter as the API takes it; the URL holds it (`?q=…&role=…&disabled=1`) so a view can be shared. */
export function usersFilter(search: string, role: Role | null, includeDisabled: boolean): UserFilter {
  return {
    includeDisabled,
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(role ? { role } : {}),
  };
}

/** Administration → Users: who can sign in, with what role; invitations waiting to be used. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [searchText, setSearchText] = useState(params.get('q') ?? '');
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : null;
  const includeDisabled = params.get('disabled') === '1';
  const search = params.get('q') ?? '';

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

  const { data, loading, error, refetch, fetchMore } = useQuery(UsersDocument, {
    variables: { first: USERS_PAGE_SIZE, filter: usersFilter(search, role, includeDisabled) },
    notifyOnNetworkStatusChange: true,
  });
  const changeUserRole = useChangeUserRole();
  const disableUser = useDisableUser();
  const enableUser = useEnableUser();

  const [inviteOpen, setInviteOpen] = useState(false);
  // The user whose access is being changed stays set while the dialog fades out, so its text does not blink.
  const [toggling, setToggling] = useState<UsersTable_UserFragment | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [loadingMore, setLoadingMore] = useState(false);

  const setBusy = (id: string, busy: boolean) =>
    setBusyIds((current) => {
      const next = new Set(current);
      if (busy) next.add(id);
      else next.delete(id);
      return next;
    });

  const showError = (failure: unknown) => {
    const text = errorText(t, toAppError(failure));
    notifications.show({
      color: 'red',
      title: text.title,
      message: text.details ? `${text.next} ${text.details}` : text.next,
      autoClose: 10_000,
    });
  };

  const onChangeRole = async (user: UsersTable_UserFragment, newRole: Role) => {
    setBusy(user.id, true);
    try {
      const updated = await changeUserRole(user, newRole);
      notifications.show({
        color: 'un',
        message: t('users.roleChanged', { name: updated.displayName, role: t(`roles.${updated.role}`) }),
      });
    } catch (failure) {
      showError(failure);
    } finally {
      setBusy(user.id, false);
    }
  };

  const users = data?.users.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.users.pageInfo;

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor } });
    } catch (failure) {
      showError(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setInviteOpen(true)}>
            {t('users.invite')}
          </Button>
        }
      />

      <Paper withBorder p="md" component="section" aria-label={t('users.title')}>
        <Stack gap="md">
          <Group gap="md" align="flex-end" wrap="wrap">
            <TextInput
              type="search"
              aria-label={t('users.search')}
              placeholder={t('users.search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={searchText}
              onChange={(event) => {
                setSearchText(event.currentTarget.value);
                commitSearch(event.currentTarget.value);
              }}
              w={{ base: '100%', sm: 300 }}
            />
            <Select
              aria-label={t('users.roleFilter')}
              data={[
                { value: '', label: t('users.allRoles') },
                ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
              ]}
              value={role ?? ''}
              allowDeselect={false}
              onChange={(value) => setParam('role', value || null)}
              w={{ base: '100%', sm: 200 }}
            />
            <Switch
              label={t('users.includeDisabled')}
              checked={includeDisabled}
              onChange={(event) => setParam('disabled', event.currentTarget.checked ? '1' : null)}
              mb={8}
            />
            <Text size="sm" c="dimmed" ms="auto" mb={8} aria-live="polite">
              {data ? t('users.count', { count: data.users.totalCount }) : ''}
            </Text>
          </Group>

          {error && !data ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
          {loading && !data ? (
            <Stack gap="xs" aria-busy="true" aria-label={t('users.loading')}>
              {[0, 1, 2, 3].map((i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : null}
          {data && users.length === 0 ? (
            <Center py="xl">
              <Stack gap={4} align="center">
                <Text fw={500}>{t('users.emptyTitle')}</Text>
                <Text size="sm" c="dimmed">
                  {t('users.emptyHint')}
                </Text>
              </Stack>
            </Center>
          ) : null}
          {users.length > 0 ? (
            <UsersTable
              users={users}
              currentUserId={me.id}
              busyIds={busyIds}
              onChangeRole={(user, newRole) => void onChangeRole(user, newRole)}
              onToggleDisabled={(user) => {
                setToggling(user);
                setConfirmOpen(true);
              }}
            />
          ) : null}
          {pageInfo?.hasNextPage ? (
            <Center>
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                {t('users.loadMore')}
              </Button>
            </Center>
          ) : null}
        </Stack>
      </Paper>

      <InvitationsList />

      <SecondFactorRolesCard />

      <InviteUserDialog opened={inviteOpen} onClose={() => setInviteOpen(false)} />

      <ConfirmDialog
        opened={confirmOpen}
        onClose={() => setConfirmOpen(false)}
        title={
          toggling?.disabledAt
            ? t('users.confirmEnableTitle', { name: toggling.displayName })
            : t('users.confirmDisableTitle', { name: toggling?.displayName ?? '' })
        }
        confirmLabel={toggling?.disabledAt ? t('users.confirmEnableAction') : t('users.confirmDisableAction')}
        destructive={!toggling?.disabledAt}
        onConfirm={async () => {
          if (!toggling) return;
          if (toggling.disabledAt) {
            const updated = await enableUser(toggling);
            notifications.show({
              color: 'un',
              message: t('users.enabledDone', { name: updated.displayName }),
            });
          } else {
            const updated = await disableUser(toggling);
            notifications.show({
              color: 'un',
              message: t('users.disabledDone', { name: updated.displayName }),
            });
          }
        }}
      >
        {toggling?.disabledAt
          ? t('users.confirmEnable', { name: toggling.displayName, role: t(`roles.${toggling.role}`) })
          : t('users.confirmDisable', { name: toggling?.displayName ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
