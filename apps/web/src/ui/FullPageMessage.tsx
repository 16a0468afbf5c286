import { Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Shown while the app opens: a spinner never stands alone, it says what is happening. */
export function FullPageLoader({ label }: { label: string }) {
  return (
    <Center mih="100vh" role="status" aria-live="polite">
      <Stack align="center" gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}

export function FullPageMessage({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" component="main">
      <Stack maw={480} w="100%">
        {children}
      </Stack>
    </Center>
  );
}
