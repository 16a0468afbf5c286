import {
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Form } from '../ui/useForm';

export type DialogueField =
  'number' | 'title' | 'startDate' | 'endDate' | 'venue' | 'online' | 'capacity' | 'themes' | 'notes';

export type DialogueValues = Record<DialogueField, string>;

/** The form holds strings: `online` is "1" or "", `themes` the keys joined by commas. */
export function dialogueValues(dialogue?: {
  number: number;
  title: string;
  startDate: string;
  endDate: string;
  venue?: string | null;
  online: boolean;
  capacity?: number | null;
  themes: readonly string[];
  notes?: string | null;
}): DialogueValues {
  return {
    number: dialogue ? String(dialogue.number) : '',
    title: dialogue?.title ?? '',
    startDate: dialogue?.startDate ?? '',
    endDate: dialogue?.endDate ?? '',
    venue: dialogue?.venue ?? '',
    online: dialogue?.online ? '1' : '',
    capacity: dialogue?.capacity ? String(dialogue.capacity) : '',
    themes: dialogue?.themes.join(',') ?? '',
    notes: dialogue?.notes ?? '',
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The API's rules, checked before sending so the person sees them at once. */
export function validateDialogue(values: DialogueValues, t: TFunction<'dialogues'>) {
  const problems: Partial<Record<DialogueField, string>> = {};
  const number = Number(values.number);
  if (!values.number.trim() || !Number.isInteger(number) || number < 1 || number > 1000)
    problems.number = t('form.errors.number');
  if (!values.title.trim()) problems.title = t('form.errors.title');
  else if (values.title.trim().length > 300) problems.title = t('form.errors.tooLong', { max: 300 });
  if (!DAY.test(values.startDate)) problems.startDate = t('form.errors.date');
  if (!DAY.test(values.endDate)) problems.endDate = t('form.errors.date');
  else if (DAY.test(values.startDate) && values.endDate < values.startDate)
    problems.endDate = t('form.errors.endBeforeStart');
  if (values.venue.trim().length > 300) problems.venue = t('form.errors.tooLong', { max: 300 });
  if (values.capacity.trim()) {
    const capacity = Number(values.capacity);
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 100000)
      problems.capacity = t('form.errors.capacity');
  }
  return problems;
}

/** The input the API takes, from the form (empty optional fields become null: "clear it"). */
export function dialogueInput(values: DialogueValues) {
  return {
    number: Number(values.number),
    title: values.title.trim(),
    startDate: values.startDate,
    endDate: values.endDate,
    venue: values.venue.trim() || null,
    online: values.online === '1',
    capacity: values.capacity.trim() ? Number(values.capacity) : null,
    themes: values.themes ? values.themes.split(',') : [],
    notes: values.notes.trim() || null,
  };
}

/** The fields of a Dialogue, laid out for a dialog or the Overview tab. */
export function DialogueFields({
  form,
  themes,
}: {
  form: Form<DialogueField>;
  themes: readonly { key: string; name: string }[];
}) {
  const { t } = useTranslation('dialogues');
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <NumberInput
          label={t('form.number')}
          name="number"
          required
          min={1}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          value={form.values.number}
          onChange={(value) => form.setValue('number', String(value))}
          error={form.errorOf('number')}
          w={110}
        />
        <TextInput label={t('form.title')} required style={{ flex: 1 }} {...form.field('title')} />
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput type="date" label={t('form.startDate')} required {...form.field('startDate')} />
        <TextInput type="date" label={t('form.endDate')} required {...form.field('endDate')} />
      </SimpleGrid>
      <TextInput label={t('form.venue')} description={t('form.venueHint')} {...form.field('venue')} />
      <Group gap="lg" align="flex-end">
        <Checkbox
          label={t('form.online')}
          name="online"
          checked={form.values.online === '1'}
          onChange={(event) => form.setValue('online', event.currentTarget.checked ? '1' : '')}
          mb={8}
        />
        <NumberInput
          label={t('form.capacity')}
          name="capacity"
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={form.values.capacity}
          onChange={(value) => form.setValue('capacity', String(value))}
          error={form.errorOf('capacity')}
          w={160}
        />
      </Group>
      <MultiSelect
        label={t('form.themes')}
        name="themes"
        data={themes.map((theme) => ({ value: theme.key, label: theme.name }))}
        value={form.values.themes ? form.values.themes.split(',') : []}
        onChange={(value) => form.setValue('themes', value.join(','))}
        searchable
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea
        label={t('form.notes')}
        autosize
        minRows={3}
        maxRows={10}
        {...form.field('notes')}
        onChange={(event) => form.setValue('notes', event.currentTarget.value)}
      />
    </Stack>
  );
}
