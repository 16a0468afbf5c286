import { Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarCheck, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/CurrentUser';
import { languageOf } from '../i18n/languages';
import { usePageTitle } from '../ui/usePageTitle';

function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

/**
 * "What needs me today". Until the register exists there is nothing to list, and the page says so plainly:
 * no invented numbers, no links to pages that do not exist yet.
 */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  usePageTitle(t('home.title'));
  const greeting = t(`home.greeting.${partOfDay(new Date().getHours())}`, { name: me.displayName });

  return (
    <Stack gap="xl" maw={960}>
      <Title order={1}>{greeting}</Title>

      <Paper withBorder p="lg" component="section" aria-labelledby="home-today">
        <Group align="flex-start" wrap="nowrap" gap="md">
          <ThemeIcon variant="light" size={40} radius="md" aria-hidden>
            <IconCalendarCheck size={22} />
          </ThemeIcon>
          <Stack gap="xs">
            <Title order={2} id="home-today">
              {t('home.todayHeading')}
            </Title>
            <Text fw={500}>{t('home.todayEmpty')}</Text>
            <Text c="dimmed" maw={640}>
              {t('home.todayExplain')}
            </Text>
          </Stack>
        </Group>
      </Paper>

      <SimpleGrid cols={{ base: 1, md: me.role === 'ADMIN' ? 2 : 1 }} spacing="lg">
        {me.role === 'ADMIN' ? (
          <Paper withBorder p="lg" component="section" aria-labelledby="home-admin">
            <Stack gap="sm" align="flex-start">
              <Title order={2} id="home-admin">
                {t('home.adminHeading')}
              </Title>
              <Text c="dimmed">{t('home.adminExplain')}</Text>
              <Button component={Link} to="/admin/users" leftSection={<IconUserPlus size={18} aria-hidden />}>
                {t('home.adminAction')}
              </Button>
            </Stack>
          </Paper>
        ) : null}
        <Paper withBorder p="lg" component="section" aria-labelledby="home-account">
          <Stack gap="sm">
            <Title order={2} id="home-account">
              {t('home.accountHeading')}
            </Title>
            <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '8px 24px' }}>
              <Text component="dt" c="dimmed">
                {t('home.email')}
              </Text>
              <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
                {me.email}
              </Text>
              <Text component="dt" c="dimmed">
                {t('home.role')}
              </Text>
              <Text component="dd" m={0}>
                {t(`roles.${me.role}`)}
              </Text>
              <Text component="dt" c="dimmed">
                {t('home.language')}
              </Text>
              <Text component="dd" m={0}>
                {languageOf(i18n.resolvedLanguage ?? i18n.language).label}
              </Text>
            </dl>
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
