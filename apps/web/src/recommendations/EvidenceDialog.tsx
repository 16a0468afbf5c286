import { useMediaQuery } from '@mantine/hooks';
import { Button, Group, Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecommendationEvidenceInput } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useForm } from '../ui/useForm';

type Field = 'documentSymbol' | 'paragraph' | 'url' | 'date' | 'note';

export function validateEvidence(values: Record<Field, string>): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (!values.documentSymbol.trim()) problems.documentSymbol = 'symbol';
  if (values.url.trim() && !/^https:\/\/\S+$/.test(values.url.trim())) problems.url = 'url';
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) problems.date = 'date';
  return problems;
}

/**
 * Where the recommendation shows up in a text: the UN document symbol (e.g. A/RES/79/1), the paragraph, a link,
 * the date and a note. `onSave` adds it to the recommendation (the caller sends the version it read).
 */
export function EvidenceDialog({
  opened,
  onClose,
  onSave,
}: {
  opened: boolean;
  onClose: () => void;
  onSave: (evidence: RecommendationEvidenceInput) => Promise<void>;
}) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('evidence.addTitle')}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {opened ? <EvidenceForm onClose={onClose} onSave={onSave} /> : null}
    </Modal>
  );
}

function EvidenceForm({
  onClose,
  onSave,
}: {
  onClose: () => void;
  onSave: (evidence: RecommendationEvidenceInput) => Promise<void>;
}) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const form = useForm<Field>({
    initial: { documentSymbol: '', paragraph: '', url: '', date: '', note: '' },
    validate: (values) => {
      const out: Partial<Record<Field, string>> = {};
      for (const [key, problem] of Object.entries(validateEvidence(values)) as [Field, string][])
        out[key] = t(`evidence.problems.${problem as 'symbol'}`);
      return out;
    },
    submit: async (values) => {
      await onSave({
        documentSymbol: values.documentSymbol.trim(),
        paragraph: values.paragraph.trim() || null,
        url: values.url.trim() || null,
        date: values.date || null,
        note: values.note.trim() || null,
      });
      onClose();
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
      <Stack gap="sm">
        {form.serverError ? (
          <ErrorAlert error={form.serverError} otherFields={form.otherFieldErrors} />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('evidence.documentSymbol')}
            description={t('evidence.documentSymbolHint')}
            required
            data-autofocus
            {...form.field('documentSymbol')}
          />
          <TextInput
            label={t('evidence.paragraph')}
            description={t('evidence.paragraphHint')}
            {...form.field('paragraph')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput type="url" label={t('evidence.url')} placeholder="https://" {...form.field('url')} />
          <TextInput type="date" label={t('evidence.date')} {...form.field('date')} />
        </SimpleGrid>
        <Textarea
          label={t('evidence.note')}
          autosize
          minRows={2}
          {...form.field('note')}
          onChange={(event) => form.setValue('note', event.currentTarget.value)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('evidence.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
