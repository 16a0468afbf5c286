import { Badge, Button, Group, Select, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBan, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role, UsersTable_UserFragment } from '../gql/graphql';
import { useFormatters } from '../i18n/format';
import { isRole, ROLES } from '../ui/roles';

export interface UsersTableProps {
  users: UsersTable_UserFragment[];
  currentUserId: string;
  /** Ids of rows with a change in flight: their controls wait. */
  busyIds: ReadonlySet<string>;
  onChangeRole: (user: UsersTable_UserFragment, role: Role) => void;
  onToggleDisabled: (user: UsersTable_UserFragment) => void;
}

/** Dense and readable: one row per user, the role editable in place, status in words and an icon. */
export function UsersTable({
  users,
  currentUserId,
  busyIds,
  onChangeRole,
  onToggleDisabled,
}: UsersTableProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover stickyHeader>
        <VisuallyHidden component="caption">{t('users.title')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.email')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.lastLogin')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('users.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const isMe = user.id === currentUserId;
            const disabled = Boolean(user.disabledAt);
            const busy = busyIds.has(user.id);
            return (
              <Table.Tr key={user.id} data-disabled={disabled || undefined} aria-busy={busy || undefined}>
                <Table.Th scope="row" fw={500}>
                  <Group gap="xs" wrap="nowrap">
                    <Text inherit c={disabled ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
                      {user.displayName}
                    </Text>
                    {isMe ? (
                      <Badge size="sm" variant="light" color="un" style={{ flexShrink: 0 }}>
                        {t('users.you')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Th>
                <Table.Td>
                  <Text size="sm" c={disabled ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
                    {user.email}
                  </Text>
                </Table.Td>
                <Table.Td miw={170}>
                  {isMe ? (
                    <Tooltip label={t('users.ownAccount')} multiline w={240}>
                      <Text size="sm" tabIndex={0}>
                        {t(`roles.${user.role}`)}
                      </Text>
                    </Tooltip>
                  ) : (
                    <Select
                      size="xs"
                      data={roleOptions}
                      value={user.role}
                      allowDeselect={false}
                      disabled={busy}
                      aria-label={t('users.roleFor', { name: user.displayName })}
                      onChange={(value) => {
                        if (isRole(value) && value !== user.role) onChangeRole(user, value);
                      }}
                      comboboxProps={{ withinPortal: true }}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {/* Neutral badges with dark text (AA on any row); the icon and the word carry the state. */}
                  {disabled ? (
                    <Badge
                      variant="default"
                      leftSection={<IconBan size={13} color="var(--mantine-color-red-8)" aria-hidden />}
                    >
                      {t('users.disabled')}
                    </Badge>
                  ) : (
                    <Badge
                      variant="default"
                      leftSection={
                        <IconCircleCheck size={13} color="var(--mantine-color-green-8)" aria-hidden />
                      }
                    >
                      {t('users.active')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {user.lastLoginAt ? dateTime(user.lastLoginAt) : t('users.neverSignedIn')}
                  </Text>
                </Table.Td>
                <Table.Td ta="end">
                  {isMe ? null : (
                    <Button
                      size="xs"
                      variant={disabled ? 'light' : 'subtle'}
                      color={disabled ? 'un' : 'red.8'}
                      disabled={busy}
                      aria-label={
                        disabled
                          ? t('users.enableFor', { name: user.displayName })
                          : t('users.disableFor', { name: user.displayName })
                      }
                      onClick={() => onToggleDisabled(user)}
                    >
                      {disabled ? t('users.enable') : t('users.disable')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
