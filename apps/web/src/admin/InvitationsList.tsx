import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationsList_InvitationFragment } from '../gql/graphql';
import { useFormatters } from '../i18n/format';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useRevokeInvitation } from './useRevokeInvitation';
import { InvitationsDocument } from './usersDocuments';

/** Links sent but not used yet, newest first, each with a way to withdraw it. */
export function InvitationsList() {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const { data, loading, error, refetch } = useQuery(InvitationsDocument);
  const revoke = useRevokeInvitation();
  const [pending, setPending] = useState<InvitationsList_InvitationFragment | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);

  const invitations = data?.invitations ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="invitations-heading">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} id="invitations-heading">
            {t('invitations.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('invitations.intro')}
          </Text>
        </Stack>
        {error && !data ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {loading && !data ? (
          <Stack gap="xs" aria-busy="true" aria-label={t('invitations.loading')}>
            <Skeleton height={40} />
            <Skeleton height={40} />
          </Stack>
        ) : null}
        {data && invitations.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('invitations.empty')}
          </Text>
        ) : null}
        {invitations.length > 0 ? (
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {invitations.map((invitation, index) => (
              <Group
                key={invitation.id}
                component="li"
                justify="space-between"
                wrap="nowrap"
                py="sm"
                style={index > 0 ? { borderBlockStart: '1px solid var(--mantine-color-gray-2)' } : undefined}
              >
                <Group gap="sm" wrap="nowrap" miw={0}>
                  <IconMailForward size={18} aria-hidden color="var(--mantine-color-dimmed)" />
                  <Stack gap={0} miw={0}>
                    <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {invitation.email}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('invitations.invitedAs', { role: t(`roles.${invitation.role}`) })} ·{' '}
                      {t('invitations.expires', { date: date(invitation.expiresAt) })}
                    </Text>
                  </Stack>
                </Group>
                <Button
                  variant="subtle"
                  color="red.8"
                  size="xs"
                  aria-label={t('invitations.revokeFor', { email: invitation.email })}
                  onClick={() => {
                    setPending(invitation);
                    setConfirmOpen(true);
                  }}
                >
                  {t('invitations.revoke')}
                </Button>
              </Group>
            ))}
          </Stack>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={confirmOpen}
        onClose={() => setConfirmOpen(false)}
        title={t('invitations.confirmRevokeTitle')}
        confirmLabel={t('invitations.revoke')}
        destructive
        onConfirm={async () => {
          if (!pending) return;
          await revoke(pending.id);
          notifications.show({ color: 'un', message: t('invitations.revoked', { email: pending.email }) });
        }}
      >
        {t('invitations.confirmRevoke', { email: pending?.email ?? '' })}
      </ConfirmDialog>
    </Paper>
  );
}
