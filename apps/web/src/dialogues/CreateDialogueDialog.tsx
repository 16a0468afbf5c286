import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useForm } from '../ui/useForm';
import { DialogueFields, dialogueInput, dialogueValues, validateDialogue } from './DialogueForm';
import { CreateDialogueDocument, DialoguesDocument, DialogueThemesDocument } from './documents';
import { useNotify } from '../ui/useNotify';

/** A new edition: number (the next one by default), title, dates, where; the rest can wait. */
export function CreateDialogueDialog({
  opened,
  onClose,
  existing,
}: {
  opened: boolean;
  onClose: () => void;
  existing: readonly { number: number }[];
}) {
  const { t } = useTranslation('dialogues');
  const notify = useNotify();
  const navigate = useNavigate();
  const themes = useQuery(DialogueThemesDocument, { skip: !opened });
  const [create] = useMutation(CreateDialogueDocument, { refetchQueries: [DialoguesDocument] });
  const next = existing.reduce((max, d) => Math.max(max, d.number), 0) + 1;
  const initial = { ...dialogueValues(), number: String(next) };

  const form = useForm({
    initial,
    validate: (values) => validateDialogue(values, t),
    submit: async (values) => {
      const result = await create({ variables: { input: dialogueInput(values) } });
      const created = result.data?.createDialogue;
      if (!created) return;
      notify.done(t('create.done', { title: created.title }));
      onClose();
      void navigate(`/dialogues/${created.id}`);
    },
  });

  const { reset } = form;
  useEffect(() => {
    if (opened) reset({ ...dialogueValues(), number: String(next) });
    // Reset only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('create.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
        <Stack gap="md">
          <DialogueFields form={form} themes={themes.data?.themes ?? []} />
          {form.serverError ? (
            <ErrorAlert error={form.serverError} otherFields={form.otherFieldErrors} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
