import { Button, CopyButton, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emailMessage } from '../auth/accountValidation';
import { useFormatters } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { isRole, ROLES } from '../ui/roles';
import { useForm } from '../ui/useForm';
import { useInviteUser, type CreatedInvitation } from './useInviteUser';

/**
 * Two steps in one dialog: who and which role; then the one-time link, shown once, with a copy button.
 * Convene sends no email: the administrator passes the link on through a channel they trust.
 */
export function InviteUserDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const inviteUser = useInviteUser();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const form = useForm({
    initial: { email: '', role: 'STAFF' },
    validate: (v) => ({ email: emailMessage(t, v.email) }),
    submit: async (v) => {
      if (!isRole(v.role)) return;
      setCreated(await inviteUser({ email: v.email.trim(), role: v.role }));
    },
  });

  const close = () => {
    setCreated(null);
    form.reset();
    onClose();
  };

  const another = () => {
    setCreated(null);
    form.reset();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('invitations.createdTitle') : t('invitations.dialogTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {created ? (
        <Stack gap="md">
          <Text>
            {t('invitations.createdIntro', { email: created.email, date: date(created.expiresAt) })}
          </Text>
          <Group gap="sm" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('invitations.link')}
              value={created.url ?? ''}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: 1 }}
              styles={{
                input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: '0.8125rem' },
              }}
              data-testid="invitation-link"
            />
            <CopyButton value={created.url ?? ''}>
              {({ copied, copy }) => (
                <Button
                  onClick={copy}
                  variant={copied ? 'light' : 'filled'}
                  leftSection={
                    copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                  }
                  miw={140}
                >
                  {copied ? t('invitations.copied') : t('invitations.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={another}>
              {t('invitations.another')}
            </Button>
            <Button onClick={close} data-autofocus>
              {t('invitations.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
          <Stack gap="md">
            <Text c="dimmed" size="sm">
              {t('invitations.dialogIntro')}
            </Text>
            {form.serverError ? (
              <ErrorAlert
                error={form.serverError}
                otherFields={form.otherFieldErrors}
                {...(form.serverError.code === 'CONFLICT'
                  ? { title: t('invitations.emailTaken'), next: t('invitations.emailTakenNext') }
                  : {})}
              />
            ) : null}
            <TextInput
              {...form.field('email')}
              type="email"
              label={t('invitations.email')}
              autoComplete="off"
              required
              data-autofocus
            />
            <Radio.Group
              name="role"
              label={t('invitations.role')}
              value={form.values.role}
              onChange={(value) => form.setValue('role', value)}
              error={form.errorOf('role')}
            >
              <Stack gap="sm" mt="xs">
                {ROLES.map((role) => (
                  <Radio
                    key={role}
                    value={role}
                    label={t(`roles.${role}`)}
                    description={t(`roleDescriptions.${role}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('invitations.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
