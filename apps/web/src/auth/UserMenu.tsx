import { Avatar, Badge, Group, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../ui/errors';
import { useLogout } from './useLogout';
import { useCurrentUser } from './CurrentUser';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => [...(p ?? '')][0]?.toUpperCase() ?? '').join('');
}

/** Who is signed in, their role, and signing out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const logout = useLogout();

  const signOut = async () => {
    try {
      await logout();
    } catch (error) {
      const code = toAppError(error).code;
      notifications.show({
        color: 'red',
        title: t('account.signOutFailed'),
        message: t(`errors.${code}.next`, { wait: t('errors.moment'), reference: t('errors.noReference') }),
      });
    }
  };

  return (
    <Menu position="bottom-end" width={260}>
      <Menu.Target>
        <UnstyledButton py={4} px={6} style={{ borderRadius: 'var(--mantine-radius-xl)' }}>
          <Group gap="sm" wrap="nowrap">
            <Avatar color="un" radius="xl" size={32} aria-hidden>
              {initials(me.displayName)}
            </Avatar>
            {/* The button is named by the person's name: shown from tablets up, read out everywhere. */}
            <Text size="sm" fw={500} visibleFrom="sm" maw={180} truncate>
              {me.displayName}
            </Text>
            <VisuallyHidden hiddenFrom="sm">{me.displayName}</VisuallyHidden>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={4} px="sm" py="sm">
          <Text size="xs" c="dimmed">
            {t('account.signedInAs')}
          </Text>
          <Text fw={600} lh={1.3}>
            {me.displayName}
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {me.email}
          </Text>
          <Badge variant="light" color="un" mt={4} style={{ alignSelf: 'flex-start' }}>
            {t(`roles.${me.role}`)}
          </Badge>
        </Stack>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/account/security"
          leftSection={<IconShieldLock size={16} aria-hidden />}
        >
          {t('page.menu', { ns: 'security' })}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
          {t('account.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
