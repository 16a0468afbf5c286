import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { Brand } from '../ui/Brand';
import { SkipLink } from '../ui/SkipLink';
import { usePageTitle } from '../ui/usePageTitle';

export interface AuthLayoutProps {
  title: string;
  heading: string;
  intro?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of the pages before sign-in: the product, the language menu and one calm card. */
export function AuthLayout({ title, heading, intro, children, footer }: AuthLayoutProps) {
  usePageTitle(title);
  return (
    <Box mih="100vh">
      <SkipLink />
      <Box component="header" px="lg" py="md">
        <Group justify="space-between">
          <Brand />
          <LanguageMenu />
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={480} px="md" pb="xl">
        <Paper withBorder shadow="xs" p={{ base: 'lg', sm: 'xl' }} mt={{ base: 'md', sm: 'xl' }}>
          <Stack gap="lg">
            <Stack gap="xs">
              <Title order={1}>{heading}</Title>
              {intro ? <Text c="dimmed">{intro}</Text> : null}
            </Stack>
            {children}
          </Stack>
        </Paper>
        {footer ? (
          <Text ta="center" size="sm" c="dimmed" mt="lg">
            {footer}
          </Text>
        ) : null}
      </Container>
    </Box>
  );
}
