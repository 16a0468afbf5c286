import { useMediaQuery } from '@mantine/hooks';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RecommendationDetails_RecommendationFragment } from '../gql/graphql';
import { useConflictResolution, type ConflictField } from '../ui/conflict';
import { ErrorAlert } from '../ui/ErrorAlert';
import { idsByKind, RecordPicker, type PickedRecord } from '../ui/pickers';
import { useForm } from '../ui/useForm';
import {
  CreateRecommendationDocument,
  RecommendationDocument,
  RecommendationFormOptionsDocument,
  UpdateRecommendationDocument,
} from './documents';
import { useNotify } from '../collaborations/shared/notify';

type Field = 'title' | 'body' | 'dialogueId' | 'policyProcess';

/** The client's mirror of the API's rules. */
export function validateRecommendation(values: Record<Field, string>): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (!values.title.trim()) problems.title = 'required';
  else if (values.title.trim().length > 500) problems.title = 'tooLong';
  if (!values.dialogueId) problems.dialogueId = 'dialogue';
  return problems;
}

/**
 * Record a recommendation from a Dialogue, or edit one (version-checked; a conflict shows both versions). The
 * status moves on the recommendation's page, where evidence is added.
 */
export function RecommendationFormDialog({
  opened,
  onClose,
  record,
  defaultDialogueId,
}: {
  opened: boolean;
  onClose: () => void;
  record?: RecommendationDetails_RecommendationFragment;
  defaultDialogueId?: string | null;
}) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const options = useQuery(RecommendationFormOptionsDocument, { skip: !opened });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={record ? t('form.editTitle') : t('form.createTitle')}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {opened && options.data ? (
        <RecommendationForm
          key={record ? `${record.id}:${record.version}` : 'new'}
          record={record}
          defaultDialogueId={defaultDialogueId ?? null}
          options={options.data}
          onClose={onClose}
        />
      ) : options.error ? (
        <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />
      ) : (
        <Skeleton height={280} />
      )}
    </Modal>
  );
}

function RecommendationForm({
  record,
  defaultDialogueId,
  options,
  onClose,
}: {
  record?: RecommendationDetails_RecommendationFragment;
  defaultDialogueId: string | null;
  options: {
    dialogues: { id: string; number: number; title: string }[];
    policyProcesses: { key: string; name: string }[];
    themes: { key: string; name: string }[];
  };
  onClose: () => void;
}) {
  const { t } = useTranslation(['recommendations', 'ui']);
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const notify = useNotify();
  const conflicts = useConflictResolution();
  const [create] = useMutation(CreateRecommendationDocument, {
    refetchQueries: ['Recommendations'],
  });
  const [update] = useMutation(UpdateRecommendationDocument, { refetchQueries: ['Recommendation'] });
  const [themeKeys, setThemeKeys] = useState<string[]>(record?.themes ?? []);
  const [contributors, setContributors] = useState<PickedRecord[]>([
    ...(record?.organizations ?? []).map((org): PickedRecord => ({
      kind: 'ORGANIZATION',
      id: org.id,
      name: org.withheld.includes('name') ? null : (org.name ?? null),
    })),
    ...(record?.people ?? []).map((person): PickedRecord => ({
      kind: 'PERSON',
      id: person.id,
      name: person.withheld.includes('fullName') ? null : (person.fullName ?? null),
    })),
  ]);

  const form = useForm<Field>({
    initial: {
      title: record?.title ?? '',
      body: record?.body ?? '',
      dialogueId: record?.dialogue.id ?? defaultDialogueId ?? options.dialogues[0]?.id ?? '',
      policyProcess: record?.policyProcess ?? '',
    },
    validate: (values) => {
      const out: Partial<Record<Field, string>> = {};
      for (const [key, problem] of Object.entries(validateRecommendation(values)) as [Field, string][])
        out[key] = t(`recommendations:form.problems.${problem as 'required'}`);
      return out;
    },
    submit: async (values) => {
      const fields = {
        title: values.title.trim(),
        body: values.body.trim() || null,
        dialogueId: values.dialogueId,
        policyProcess: values.policyProcess || null,
        themes: themeKeys,
        ...idsByKind(contributors),
      };
      if (!record) {
        const result = await create({ variables: { input: fields } });
        notify({
          color: 'un',
          message: t('recommendations:form.created', { title: fields.title }),
        });
        onClose();
        const created = result.data?.createRecommendation;
        if (created) void navigate(`/recommendations/${created.id}`);
        return;
      }
      const conflictFields: ConflictField[] = [
        { key: 'title', label: t('recommendations:fields.title') },
        { key: 'body', label: t('recommendations:fields.body') },
        { key: 'policyProcess', label: t('recommendations:fields.policyProcess') },
        { key: 'themes', label: t('recommendations:fields.themes') },
      ];
      const outcome = await conflicts.save(
        (version) => update({ variables: { input: { id: record.id, version, ...fields } } }),
        {
          version: record.version,
          fields: conflictFields,
          yours: fields,
          refetch: async () => {
            const fresh = await client.query({
              query: RecommendationDocument,
              variables: { id: record.id },
              fetchPolicy: 'network-only',
            });
            if (!fresh.data) throw new Error('No recommendation');
            return fresh.data.recommendation;
          },
        },
      );
      if (outcome.outcome === 'keptEditing') return;
      notify({
        color: 'un',
        message:
          outcome.outcome === 'saved'
            ? t('recommendations:form.saved')
            : t('recommendations:form.tookTheirs'),
      });
      onClose();
    },
  });

  return (
    <>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
        <Stack gap="sm">
          {form.serverError ? (
            <ErrorAlert error={form.serverError} otherFields={form.otherFieldErrors} />
          ) : null}
          <TextInput
            label={t('recommendations:fields.title')}
            required
            {...form.field('title')}
            data-autofocus
          />
          <Textarea
            label={t('recommendations:fields.body')}
            autosize
            minRows={3}
            maxRows={10}
            {...form.field('body')}
            onChange={(event) => form.setValue('body', event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('recommendations:fields.dialogue')}
              required
              name="dialogueId"
              data={options.dialogues.map((d) => ({
                value: d.id,
                label: t('recommendations:dialogueLabel', { number: d.number, title: d.title }),
              }))}
              value={form.values.dialogueId || null}
              onChange={(value) => form.setValue('dialogueId', value ?? '')}
              error={form.errorOf('dialogueId')}
              allowDeselect={false}
            />
            <Select
              label={t('recommendations:fields.policyProcess')}
              name="policyProcess"
              data={options.policyProcesses.map((p) => ({ value: p.key, label: p.name }))}
              value={form.values.policyProcess || null}
              onChange={(value) => form.setValue('policyProcess', value ?? '')}
              error={form.errorOf('policyProcess')}
              clearable
              searchable
            />
          </SimpleGrid>
          <MultiSelect
            label={t('recommendations:fields.themes')}
            data={options.themes.map((theme) => ({ value: theme.key, label: theme.name }))}
            value={themeKeys}
            onChange={setThemeKeys}
            searchable
            clearable
          />
          <RecordPicker
            label={t('recommendations:fields.contributors')}
            description={t('recommendations:form.contributorsHint')}
            value={contributors}
            onChange={setContributors}
            name="contributors"
          />
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {record ? t('recommendations:form.save') : t('recommendations:form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      {conflicts.dialog}
    </>
  );
}
