import {
  ActionIcon,
  AppShell,
  Burger,
  Button,
  Group,
  Kbd,
  NavLink,
  ScrollArea,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDisclosure, useHotkeys, useMediaQuery, useOs } from '@mantine/hooks';
import {
  IconLayoutSidebarLeftCollapse,
  IconLayoutSidebarLeftExpand,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { Suspense, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useCan } from '../auth/permissions';
import { UserMenu } from '../auth/UserMenu';
import { SavedViewsNav } from '../directory/SavedViewsNav';
import { LogEngagementProvider, useLogEngagement } from '../engagements/LogEngagementProvider';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { Brand } from '../ui/Brand';
import { SkipLink } from '../ui/SkipLink';
import { PageSkeleton } from './lazyPage';
import { useNavigationItems, type NavigationItem } from './navigation';
import { OverdueBadge } from './OverdueBadge';
import { CommandPalette } from './palette/CommandPalette';
import { PaletteContext } from './palette/usePalette';

/** The top bar's search: a wide button with its shortcut from tablets up, an icon button on a phone. */
function SearchButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const os = useOs();
  const mod = os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';
  return (
    <>
      <Button
        variant="default"
        color="gray"
        onClick={onOpen}
        visibleFrom="md"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          <Group gap={2} wrap="nowrap" aria-hidden>
            <Kbd size="xs">{mod}</Kbd>
            <Kbd size="xs">K</Kbd>
          </Group>
        }
        aria-keyshortcuts="Control+K Meta+K"
        w={260}
        justify="space-between"
        fw={400}
        c="dimmed"
      >
        {t('topbar.search')}
      </Button>
      <Tooltip label={t('topbar.search')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          onClick={onOpen}
          hiddenFrom="md"
          aria-label={t('topbar.search')}
          aria-keyshortcuts="Control+K Meta+K"
        >
          <IconSearch size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </>
  );
}

/** "Log engagement": the primary button, an icon button with the same name on a phone. `L` is bound by the dialog. */
function LogEngagementButton() {
  const { t } = useTranslation();
  const logEngagement = useLogEngagement();
  return (
    <>
      <Button
        onClick={() => logEngagement.open()}
        leftSection={<IconPlus size={16} aria-hidden />}
        visibleFrom="sm"
        aria-keyshortcuts="L"
      >
        {t('topbar.logEngagement')}
      </Button>
      <Tooltip label={t('topbar.logEngagement')}>
        <ActionIcon
          size="lg"
          onClick={() => logEngagement.open()}
          hiddenFrom="sm"
          aria-label={t('topbar.logEngagement')}
          aria-keyshortcuts="L"
        >
          <IconPlus size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </>
  );
}

/**
 * The signed-in frame: top bar (search, log engagement, language, account), the sidebar with the sections the
 * user can use (a drawer on phones) and the page.
 */
export function AppLayout() {
  return (
    <LogEngagementProvider>
      <Frame />
    </LogEngagementProvider>
  );
}

function Frame() {
  const { t } = useTranslation();
  const can = useCan();
  const { pathname } = useLocation();
  const [mobileOpen, mobile] = useDisclosure(false);
  const [desktopOpen, desktop] = useDisclosure(true);
  const [paletteOpen, palette] = useDisclosure(false);
  const isDesktop = useMediaQuery('(min-width: 48em)', true);
  const navigationHidden = isDesktop ? !desktopOpen : !mobileOpen;
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  const items = useNavigationItems();
  const paletteApi = useMemo(() => ({ open: palette.open }), [palette.open]);

  // Ctrl-K / ⌘-K opens the palette from anywhere, inputs included (it is the one shortcut that must always work).
  useHotkeys([['mod+K', palette.open]], []);

  // After moving to another page, focus its main region so keyboard and screen reader users start there.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  const link = (item: NavigationItem, extra?: { right?: ReactNode; children?: ReactNode }) => (
    <div key={item.key}>
      <NavLink
        component={RouterNavLink}
        to={item.to}
        end={item.to === '/'}
        label={item.label}
        leftSection={<item.icon size={18} aria-hidden />}
        rightSection={extra?.right}
        onClick={mobile.close}
        variant="light"
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
      {extra?.children}
    </div>
  );

  const sections = items.filter((item) => !item.admin);
  const admin = items.filter((item) => item.admin);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !mobileOpen, desktop: !desktopOpen } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <SkipLink />
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
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
                <IconLayoutSidebarLeftCollapse size={20} aria-hidden className="flip-rtl" />
              ) : (
                <IconLayoutSidebarLeftExpand size={20} aria-hidden className="flip-rtl" />
              )}
            </ActionIcon>
            <Brand />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <SearchButton onOpen={palette.open} />
            {can('engagements.log') ? <LogEngagementButton /> : null}
            <LanguageMenu />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="app-navigation" aria-label={t('nav.label')} p="sm" inert={navigationHidden}>
        <AppShell.Section grow component={ScrollArea}>
          {sections.map((item) => {
            if (item.key === 'followUps') return link(item, { right: <OverdueBadge /> });
            // The user's saved views of a directory, under it.
            if (item.key === 'organizations' || item.key === 'people')
              return link(item, { children: <SavedViewsNav list={item.key} /> });
            return link(item);
          })}
        </AppShell.Section>
        {admin.length ? (
          <AppShell.Section>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb="xs" id="nav-admin">
              {t('nav.admin')}
            </Text>
            <div role="group" aria-labelledby="nav-admin">
              {admin.map((item) => link(item))}
            </div>
          </AppShell.Section>
        ) : null}
      </AppShell.Navbar>

      <AppShell.Main id="main" ref={mainRef} tabIndex={-1} bg="gray.0">
        <PaletteContext value={paletteApi}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </PaletteContext>
      </AppShell.Main>
      <CommandPalette opened={paletteOpen} onClose={palette.close} />
    </AppShell>
  );
}
