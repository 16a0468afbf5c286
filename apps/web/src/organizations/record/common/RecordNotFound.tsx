import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The record does not exist (or no longer): say so and offer the way back to its list. */
export function RecordNotFound({ title, hint, backTo }: { title: string; hint: string; backTo: string }) {
  const { t } = useTranslation('organizations');
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack gap="sm" align="flex-start">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{hint}</Text>
        <Anchor component={Link} to={backTo}>
          {t('record.backToList')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
