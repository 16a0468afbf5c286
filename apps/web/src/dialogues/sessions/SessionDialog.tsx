import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialogueSession_SessionFragment, SessionFormat } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useForm } from '../../ui/useForm';
import { CreateDialogueSessionDocument, DialogueDocument, UpdateDialogueSessionDocument } from '../documents';
import { daysBetween, useDialogueFormatters } from '../format';
import { useNotify } from '../../ui/useNotify';

export const SESSION_FORMATS: readonly SessionFormat[] = [
  'PLENARY',
  'PANEL',
  'BREAKOUT',
  'WORKSHOP',
  'SIDE_EVENT',
  'OTHER',
];

type SessionField =
  'title' | 'date' | 'startTime' | 'endTime' | 'format' | 'order' | 'description' | 'themes';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Adds a session to the programme, or edits one (with the version it showed). */
export function SessionDialog({
  opened,
  onClose,
  dialogue,
  session,
  themes,
  defaultDate,
  nextOrder,
}: {
  opened: boolean;
  onClose: () => void;
  dialogue: { id: string; startDate: string; endDate: string };
  /** Null: a new session. */
  session: DialogueSession_SessionFragment | null;
  themes: readonly { key: string; name: string }[];
  defaultDate: string;
  nextOrder: number;
}) {
  const { t } = useTranslation(['dialogues', 'ui']);
  const notify = useNotify();
  const format = useDialogueFormatters();
  const [create] = useMutation(CreateDialogueSessionDocument, { refetchQueries: [DialogueDocument] });
  const [update] = useMutation(UpdateDialogueSessionDocument);
  const days = daysBetween(dialogue.startDate, dialogue.endDate);

  const initialValues = (): Record<SessionField, string> => ({
    title: session?.title ?? '',
    date: session?.date ?? defaultDate,
    startTime: session?.startTime ?? '',
    endTime: session?.endTime ?? '',
    format: session?.format ?? 'PLENARY',
    order: String(session?.order ?? nextOrder),
    description: session?.description ?? '',
    themes: session?.themes.join(',') ?? '',
  });

  const form = useForm<SessionField>({
    initial: initialValues(),
    validate: (values) => {
      const problems: Partial<Record<SessionField, string>> = {};
      if (!values.title.trim()) problems.title = t('sessions.errors.title');
      if (!days.includes(values.date)) problems.date = t('sessions.errors.date');
      if (values.startTime && !TIME.test(values.startTime)) problems.startTime = t('sessions.errors.time');
      if (values.endTime && !TIME.test(values.endTime)) problems.endTime = t('sessions.errors.time');
      else if (values.endTime && values.startTime && values.endTime < values.startTime)
        problems.endTime = t('sessions.errors.endBeforeStart');
      return problems;
    },
    submit: async (values) => {
      const fields = {
        title: values.title.trim(),
        date: values.date,
        startTime: values.startTime || null,
        endTime: values.endTime || null,
        format: values.format as SessionFormat,
        order: Number(values.order) || 0,
        description: values.description.trim() || null,
        themes: values.themes ? values.themes.split(',') : [],
      };
      if (session) {
        await update({ variables: { input: { id: session.id, version: session.version, ...fields } } });
        notify.done(t('sessions.saved', { title: fields.title }));
      } else {
        await create({ variables: { input: { dialogueId: dialogue.id, ...fields } } });
        notify.done(t('sessions.added', { title: fields.title }));
      }
      onClose();
    },
  });

  const { reset } = form;
  useEffect(() => {
    if (opened) reset(initialValues());
    // Fill the form each time the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, session?.id]);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={session ? t('sessions.editTitle') : t('sessions.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('sessions.fields.title')} required data-autofocus {...form.field('title')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select
              label={t('sessions.fields.date')}
              name="date"
              required
              data={days.map((day) => ({ value: day, label: format.day(day) }))}
              value={form.values.date}
              onChange={(value) => form.setValue('date', value ?? '')}
              allowDeselect={false}
              error={form.errorOf('date')}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('sessions.fields.format')}
              name="format"
              data={SESSION_FORMATS.map((value) => ({ value, label: t(`ui:enum.SessionFormat.${value}`) }))}
              value={form.values.format}
              onChange={(value) => form.setValue('format', value ?? 'OTHER')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput type="time" label={t('sessions.fields.startTime')} {...form.field('startTime')} />
            <TextInput type="time" label={t('sessions.fields.endTime')} {...form.field('endTime')} />
          </SimpleGrid>
          <NumberInput
            label={t('sessions.fields.order')}
            description={t('sessions.fields.orderHint')}
            name="order"
            min={0}
            allowDecimal={false}
            allowNegative={false}
            value={form.values.order}
            onChange={(value) => form.setValue('order', String(value))}
            w={200}
          />
          <MultiSelect
            label={t('sessions.fields.themes')}
            data={themes.map((theme) => ({ value: theme.key, label: theme.name }))}
            value={form.values.themes ? form.values.themes.split(',') : []}
            onChange={(value) => form.setValue('themes', value.join(','))}
            searchable
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t('sessions.fields.description')}
            name="description"
            autosize
            minRows={2}
            maxRows={8}
            value={form.values.description}
            onChange={(event) => form.setValue('description', event.currentTarget.value)}
          />
          {form.serverError ? (
            <ErrorAlert error={form.serverError} otherFields={form.otherFieldErrors} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {session ? t('common.save') : t('sessions.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
