import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../ui/PageHeader';
import { usePageTitle } from '../ui/usePageTitle';
import { SessionsSection } from './SessionsSection';
import { TwoStepSection } from './TwoStepSection';

/** Account › Security: two-step sign-in and the places one is signed in. */
export function SecurityPage() {
  const { t } = useTranslation('security');
  usePageTitle(t('page.title'));
  return (
    <Stack gap="lg">
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <TwoStepSection />
      <SessionsSection />
    </Stack>
  );
}
