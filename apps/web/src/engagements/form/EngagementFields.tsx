import '@mantine/dates/styles.css';
import { Chip, Grid, Group, Input, Select, Skeleton, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { ColleaguePicker, RecordPicker } from '../../ui/pickers';
import { useEngagementReference } from '../useEngagementReference';
import {
  ENGAGEMENT_TYPES,
  fieldId,
  isEngagementType,
  type DraftErrors,
  type DraftField,
  type EngagementDraft,
} from './engagementDraft';

export interface EngagementFieldsProps {
  formId: string;
  draft: EngagementDraft;
  setDraft: Dispatch<SetStateAction<EngagementDraft>>;
  errors: DraftErrors;
  /** A field was edited: its server message no longer applies. */
  onEdited: (field: DraftField) => void;
  /** Staff already on the record, who may no longer be colleagues. */
  knownStaff?: readonly { id: string; displayName: string }[];
}

/**
 * The engagement's own fields, in the order people think: what (type, title), when, who (people and
 * organisations in one field, staff), about what (themes, policy processes), notes. Shared by the "Log
 * engagement" dialog and the engagement page's edit panel.
 */
export function EngagementFields({
  formId,
  draft,
  setDraft,
  errors,
  onEdited,
  knownStaff,
}: EngagementFieldsProps) {
  const { t, i18n } = useTranslation(['engagements', 'ui']);
  const reference = useEngagementReference();
  const set = <K extends keyof EngagementDraft>(key: K, field: DraftField, value: EngagementDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    onEdited(field);
  };

  return (
    <Stack gap="md">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            id={fieldId(formId, 'type')}
            label={t('form.type')}
            value={draft.type}
            onChange={(value) => isEngagementType(value) && set('type', 'type', value)}
            allowDeselect={false}
            data={ENGAGEMENT_TYPES.map((type) => ({
              value: type,
              label: t(`ui:enum.EngagementType.${type}`),
            }))}
            error={errors.type}
            comboboxProps={{ withinPortal: true }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            id={fieldId(formId, 'title')}
            label={t('form.title')}
            placeholder={t('form.titlePlaceholder')}
            value={draft.title}
            onChange={(event) => set('title', 'title', event.currentTarget.value)}
            error={errors.title}
            required
            autoComplete="off"
            data-autofocus
          />
        </Grid.Col>
      </Grid>
      <DateInput
        id={fieldId(formId, 'date')}
        label={t('form.date')}
        value={draft.date}
        onChange={(value) => set('date', 'date', value ? String(value).slice(0, 10) : null)}
        valueFormat="YYYY-MM-DD"
        locale={i18n.resolvedLanguage ?? i18n.language}
        popoverProps={{ withinPortal: true }}
        error={errors.date}
        required
        maw={{ base: '100%', sm: 240 }}
      />
      <RecordPicker
        id={fieldId(formId, 'participants')}
        label={t('form.participants')}
        description={t('form.participantsHint')}
        placeholder={t('form.participantsPlaceholder')}
        value={draft.participants}
        onChange={(value) => set('participants', 'participants', value)}
        error={errors.participants}
      />
      <ColleaguePicker
        id={fieldId(formId, 'staff')}
        label={t('form.staff')}
        value={draft.staffIds}
        onChange={(value) => set('staffIds', 'staff', value)}
        error={errors.staff}
        known={knownStaff}
        comboboxProps={{ withinPortal: true }}
      />
      <ChipField
        id={fieldId(formId, 'themes')}
        label={t('form.themes')}
        loading={reference.loading}
        options={reference.themes.map((theme) => ({ key: theme.key, name: theme.name }))}
        value={draft.themes}
        onChange={(value) => set('themes', 'themes', value)}
        error={errors.themes}
      />
      <ChipField
        id={fieldId(formId, 'policyProcesses')}
        label={t('form.policyProcesses')}
        loading={reference.loading}
        options={reference.policyProcesses.map((process) => ({ key: process.key, name: process.name }))}
        value={draft.policyProcesses}
        onChange={(value) => set('policyProcesses', 'policyProcesses', value)}
        error={errors.policyProcesses}
      />
      <Textarea
        id={fieldId(formId, 'summary')}
        label={t('form.summary')}
        placeholder={t('form.summaryPlaceholder')}
        value={draft.summary}
        onChange={(event) => set('summary', 'summary', event.currentTarget.value)}
        error={errors.summary}
        autosize
        minRows={3}
        maxRows={10}
      />
    </Stack>
  );
}

/** Long names (policy processes) wrap rather than overflow a phone screen. */
const CHIP_STYLES = {
  label: { whiteSpace: 'normal', height: 'auto', minHeight: 26, lineHeight: 1.35, paddingBlock: 3 },
} as const;

/** A labelled group of toggle chips (each one a checkbox to assistive technology). */
function ChipField({
  id,
  label,
  options,
  value,
  onChange,
  error,
  loading,
}: {
  id: string;
  label: string;
  options: { key: string; name: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  loading: boolean;
}) {
  return (
    // The wrapper's id differs from the first chip's: a label's `for` must find the checkbox first.
    <Input.Wrapper label={label} labelElement="div" id={`${id}-field`} error={error}>
      <Group
        gap="xs"
        mt={6}
        role="group"
        aria-labelledby={`${id}-field-label`}
        aria-describedby={error ? `${id}-field-error` : undefined}
      >
        {loading ? (
          [1, 2, 3].map((n) => <Skeleton key={n} height={26} width={110} radius="xl" />)
        ) : (
          <Chip.Group multiple value={value} onChange={onChange}>
            {options.map((option, i) => (
              <Chip
                key={option.key}
                value={option.key}
                size="sm"
                id={i === 0 ? id : undefined}
                styles={CHIP_STYLES}
              >
                {option.name}
              </Chip>
            ))}
          </Chip.Group>
        )}
      </Group>
    </Input.Wrapper>
  );
}
