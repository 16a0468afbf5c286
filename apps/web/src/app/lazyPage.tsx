import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A section's page, loaded the first time someone opens it: the first visit downloads the shell and the page
 * it shows, not every section of the app. `name` is the page's named export.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** What the main area shows for the moment a section's code is on its way. */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true">
      <VisuallyHidden role="status">{t('app.loading')}</VisuallyHidden>
      <Skeleton h={32} w="40%" />
      <Skeleton h={16} w="65%" />
      <Skeleton h={320} />
    </Stack>
  );
}
