import { ActionIcon, Button, Grid, Paper, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/CurrentUser';
import { ColleagueSelect } from '../../ui/pickers';
import {
  fieldId,
  newFollowUp,
  type DraftErrors,
  type DraftField,
  type EngagementDraft,
  type FollowUpDraft,
} from './engagementDraft';

/**
 * Follow-ups created with the engagement: add rows (what, who — me by default —, by when — in a week by
 * default). Saved in the same request as the engagement: all or nothing.
 */
export function FollowUpRows({
  formId,
  draft,
  setDraft,
  errors,
  onEdited,
}: {
  formId: string;
  draft: EngagementDraft;
  setDraft: Dispatch<SetStateAction<EngagementDraft>>;
  errors: DraftErrors;
  onEdited: (field: DraftField) => void;
}) {
  const { t, i18n } = useTranslation('engagements');
  const me = useCurrentUser();
  const headingId = `${formId}-follow-ups`;

  const update = (index: number, patch: Partial<FollowUpDraft>, field: DraftField) => {
    setDraft((current) => ({
      ...current,
      followUps: current.followUps.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
    onEdited(field);
  };

  const add = () => {
    const index = draft.followUps.length;
    setDraft((current) => ({ ...current, followUps: [...current.followUps, newFollowUp(me.id)] }));
    // Focus the new row's "what" once it is rendered.
    requestAnimationFrame(() =>
      document.getElementById(fieldId(formId, `followUps.${index}.title`))?.focus(),
    );
  };

  const remove = (index: number) => {
    setDraft((current) => ({ ...current, followUps: current.followUps.filter((_, i) => i !== index) }));
    requestAnimationFrame(() => document.getElementById(`${formId}-add-follow-up`)?.focus());
  };

  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      <Text id={headingId} fw={500} size="sm">
        {t('form.followUps')}
      </Text>
      {draft.followUps.map((row, i) => (
        <Paper key={row.key} withBorder p="sm" radius="md">
          <Grid gap="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                id={fieldId(formId, `followUps.${i}.title`)}
                label={t('form.followUpTitle', { number: i + 1 })}
                placeholder={t('form.followUpTitlePlaceholder')}
                value={row.title}
                onChange={(event) => update(i, { title: event.currentTarget.value }, `followUps.${i}.title`)}
                error={errors[`followUps.${i}.title`]}
                required
                autoComplete="off"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <ColleagueSelect
                id={fieldId(formId, `followUps.${i}.ownerId`)}
                label={t('form.followUpOwner')}
                value={row.ownerId}
                onChange={(ownerId) => update(i, { ownerId }, `followUps.${i}.ownerId`)}
                error={errors[`followUps.${i}.ownerId`]}
                comboboxProps={{ withinPortal: true }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 9, sm: 3 }}>
              <DateInput
                id={fieldId(formId, `followUps.${i}.dueDate`)}
                label={t('form.followUpDue')}
                value={row.dueDate}
                onChange={(value) =>
                  update(i, { dueDate: value ? String(value).slice(0, 10) : null }, `followUps.${i}.dueDate`)
                }
                valueFormat="YYYY-MM-DD"
                locale={i18n.resolvedLanguage ?? i18n.language}
                popoverProps={{ withinPortal: true }}
                error={errors[`followUps.${i}.dueDate`]}
                required
              />
            </Grid.Col>
            <Grid.Col span={{ base: 3, sm: 1 }}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                onClick={() => remove(i)}
                aria-label={t('form.removeFollowUp', { number: i + 1 })}
                mb={errors[`followUps.${i}.dueDate`] ? 22 : 0}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Grid.Col>
          </Grid>
        </Paper>
      ))}
      <div>
        <Button
          id={`${formId}-add-follow-up`}
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={add}
        >
          {t('form.addFollowUp')}
        </Button>
      </div>
    </Stack>
  );
}
