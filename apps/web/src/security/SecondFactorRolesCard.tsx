import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notify } from './notify';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { toAppError, type AppError } from '../ui/errors';
import { SecuritySettingsDocument, SetSecondFactorRequiredRolesDocument } from './documents';

const ROLES: Role[] = ['ADMIN', 'STAFF', 'CORE_GROUP', 'VIEWER'];

/** Admin › Users: which roles must use two-step sign-in. */
export function SecondFactorRolesCard() {
  const { t } = useTranslation('security');
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(SecuritySettingsDocument);
  const [save, { loading: saving }] = useMutation(SetSecondFactorRequiredRolesDocument);
  const current = data?.securitySettings.secondFactorRequiredFor;
  // The roles ticked on screen; until the person changes them, the saved setting.
  const [edited, setRoles] = useState<string[] | null>(null);
  const roles = edited ?? current ?? [];
  const [saveError, setSaveError] = useState<AppError | null>(null);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="two-step-roles-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="two-step-roles-title">
          {t('admin.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('admin.help')}
        </Text>
        {error && !current ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!current && !error ? <Skeleton h={40} /> : null}
        {current ? (
          <>
            {saveError ? <ErrorAlert error={saveError} otherFields={saveError.fields} /> : null}
            <Checkbox.Group label={t('admin.rolesLabel')} value={roles} onChange={setRoles}>
              <Group gap="lg" mt="xs">
                {ROLES.map((role) => (
                  <Checkbox key={role} value={role} label={tc(`roles.${role}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Group>
              <Button
                loading={saving}
                onClick={() => {
                  setSaveError(null);
                  save({ variables: { input: { roles: roles as Role[] } } }).then(
                    () => notify(tc, 'un', t('admin.saved')),
                    (e: unknown) => setSaveError(toAppError(e)),
                  );
                }}
              >
                {t('admin.save')}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
