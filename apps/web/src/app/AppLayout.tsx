import { ActionIcon, AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import {
  IconBuildingCommunity,
  IconBulb,
  IconCalendarEvent,
  IconChecklist,
  IconHome,
  IconMessages,
  IconTrash,
  IconUser,
  IconUsersGroup,
  IconLayoutSidebarLeftCollapse,
  IconLayoutSidebarLeftExpand,
  IconUsers,
} from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { UserMenu } from '../auth/UserMenu';
import { useCurrentUser } from '../auth/CurrentUser';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { LogEngagementProvider } from '../engagements/LogEngagementProvider';
import { Brand } from '../ui/Brand';
import { SkipLink } from '../ui/SkipLink';

/**
 * The signed-in frame: top bar, left navigation (a drawer on phones) and the page. The navigation lists only
 * pages that exist; the register's sections join it as they are built.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const [mobileOpen, mobile] = useDisclosure(false);
  const [desktopOpen, desktop] = useDisclosure(true);
  const isDesktop = useMediaQuery('(min-width: 48em)', true);
  const navigationHidden = isDesktop ? !desktopOpen : !mobileOpen;
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After moving to another page, focus its main region so keyboard and screen reader users start there.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  const link = (to: string, label: string, icon: ReactNode) => (
    <NavLink
      component={RouterNavLink}
      to={to}
      end={to === '/'}
      label={label}
      leftSection={icon}
      onClick={mobile.close}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );

  return (
    <LogEngagementProvider>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !mobileOpen, desktop: !desktopOpen } }}
        padding={{ base: 'md', sm: 'xl' }}
      >
        <AppShell.Header>
          <SkipLink />
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={mobileOpen}
                onClick={mobile.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggle')}
                aria-expanded={mobileOpen}
                aria-controls="app-navigation"
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                onClick={desktop.toggle}
                visibleFrom="sm"
                aria-label={t('nav.toggle')}
                aria-expanded={desktopOpen}
                aria-controls="app-navigation"
              >
                {desktopOpen ? (
                  <IconLayoutSidebarLeftCollapse size={20} aria-hidden />
                ) : (
                  <IconLayoutSidebarLeftExpand size={20} aria-hidden />
                )}
              </ActionIcon>
              <Brand />
            </Group>
            <Group gap="xs" wrap="nowrap">
              <LanguageMenu />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id="app-navigation" aria-label={t('nav.label')} p="sm" inert={navigationHidden}>
          <AppShell.Section grow component={ScrollArea}>
            {link('/', t('nav.home'), <IconHome size={18} aria-hidden />)}
            {link('/organizations', t('nav.organizations'), <IconBuildingCommunity size={18} aria-hidden />)}
            {link('/people', t('nav.people'), <IconUser size={18} aria-hidden />)}
            {link('/engagements', t('nav.engagements'), <IconMessages size={18} aria-hidden />)}
            {link('/follow-ups', t('nav.followUps'), <IconChecklist size={18} aria-hidden />)}
            {link('/dialogues', t('nav.dialogues'), <IconCalendarEvent size={18} aria-hidden />)}
            {link('/collaborations', t('nav.collaborations'), <IconUsersGroup size={18} aria-hidden />)}
            {link('/recommendations', t('nav.recommendations'), <IconBulb size={18} aria-hidden />)}
            {link('/trash', t('nav.trash'), <IconTrash size={18} aria-hidden />)}
          </AppShell.Section>
          {me.role === 'ADMIN' ? (
            <AppShell.Section>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb="xs" id="nav-admin">
                {t('nav.admin')}
              </Text>
              <div role="group" aria-labelledby="nav-admin">
                {link('/admin/users', t('nav.users'), <IconUsers size={18} aria-hidden />)}
              </div>
            </AppShell.Section>
          ) : null}
        </AppShell.Navbar>

        <AppShell.Main id="main" ref={mainRef} tabIndex={-1} bg="gray.0">
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </LogEngagementProvider>
  );
}
