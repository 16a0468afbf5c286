import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { REASON_MAX, REASON_MIN, reasonProblem } from './reason';

/**
 * A dialog that asks why before it acts (reveal, restrict now): what will happen, a reason of 10 to 500
 * characters, and the action. Cancel is first; the action runs only with a valid reason.
 */
export function ReasonDialog({
  opened,
  onClose,
  title,
  intro,
  reasonLabel,
  reasonHint,
  confirmLabel,
  destructive,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  intro: string;
  reasonLabel: string;
  reasonHint: string;
  confirmLabel: string;
  destructive?: boolean;
  /** Runs with the trimmed reason; the dialog closes when it resolves and shows the error when it rejects. */
  onConfirm: (reason: string) => Promise<void>;
}) {
  const { t } = useTranslation('protection');
  const { t: tc } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const [openedFor, setOpenedFor] = useState(false);
  if (opened !== openedFor) {
    setOpenedFor(opened);
    if (opened) {
      setReason('');
      setTouched(false);
      setError(null);
    }
  }

  const problem = reasonProblem(reason);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={() => (busy ? undefined : onClose())}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Alert variant="light" color={destructive ? 'red' : 'blue'} icon={<IconInfoCircle aria-hidden />}>
            <Text size="sm">{intro}</Text>
          </Alert>
          <Textarea
            label={reasonLabel}
            description={reasonHint}
            required
            rows={3}
            maxLength={REASON_MAX + 50}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            onBlur={() => setTouched(true)}
            error={
              touched && problem
                ? problem === 'tooShort'
                  ? t('reveal.reasonTooShort', { min: REASON_MIN })
                  : t('reveal.reasonTooLong', { max: REASON_MAX })
                : undefined
            }
            data-autofocus
          />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" color={destructive ? 'red' : undefined} loading={busy}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
