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
import { useCurrentUser } from '../auth/CurrentUser';
import type { CollaborationDetails_CollaborationFragment, CollaborationStatus } from '../gql/graphql';
import { useConflictResolution, type ConflictField } from '../ui/conflict';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useForm } from '../ui/useForm';
import {
  CollaborationDocument,
  CollaborationOwnOrganizationDocument,
  CreateCollaborationDocument,
  UpdateCollaborationDocument,
} from './documents';
import { PartnersField, type PartnerDraft } from './PartnersField';
import { COLLABORATION_STATUSES } from './status';
import { useNotify } from './shared/notify';

type Field = 'title' | 'description' | 'status' | 'startDate' | 'endDate';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The client's mirror of the API's rules for a collaboration's fields. */
export function validateCollaboration(values: Record<Field, string>): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (!values.title.trim()) problems.title = 'required';
  else if (values.title.trim().length > 300) problems.title = 'tooLong';
  if (values.startDate && !DAY.test(values.startDate)) problems.startDate = 'date';
  if (values.endDate && !DAY.test(values.endDate)) problems.endDate = 'date';
  if (!problems.endDate && values.startDate && values.endDate && values.endDate < values.startDate)
    problems.endDate = 'beforeStart';
  return problems;
}

function partnersOf(record: CollaborationDetails_CollaborationFragment): PartnerDraft[] {
  return record.partners.map((p) => ({
    organizationId: p.organizationId,
    role: p.role,
    name: p.organization.withheld.includes('name') ? null : (p.organization.name ?? null),
  }));
}

/**
 * Create a collaboration (with its partners) or edit one. Edits send the version read; when a colleague saved
 * first, the conflict dialog shows both versions and nothing typed is lost.
 */
export function CollaborationFormDialog({
  opened,
  onClose,
  record,
  themes,
}: {
  opened: boolean;
  onClose: () => void;
  /** Edit this one; create when absent. */
  record?: CollaborationDetails_CollaborationFragment;
  themes: readonly { key: string; name: string }[];
}) {
  const { t } = useTranslation(['collaborations', 'ui']);
  const { t: tc } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const me = useCurrentUser();
  const own = useQuery(CollaborationOwnOrganizationDocument, {
    variables: { id: me.organizationId ?? '' },
    skip: !me.organizationId || Boolean(record) || !opened,
  });
  const waiting = Boolean(me.organizationId) && !record && own.loading;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={record ? t('collaborations:form.editTitle') : t('collaborations:form.createTitle')}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {opened && !waiting ? (
        <CollaborationForm
          key={record ? `${record.id}:${record.version}` : 'new'}
          record={record}
          themes={themes}
          ownOrganization={own.data?.organization ?? null}
          onClose={onClose}
        />
      ) : (
        <Skeleton height={240} />
      )}
    </Modal>
  );
}

function CollaborationForm({
  onClose,
  record,
  themes,
  ownOrganization,
}: {
  onClose: () => void;
  record?: CollaborationDetails_CollaborationFragment;
  themes: readonly { key: string; name: string }[];
  ownOrganization: { id: string; name?: string | null } | null;
}) {
  const { t } = useTranslation(['collaborations', 'ui']);
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const notify = useNotify();
  const conflicts = useConflictResolution();
  const [create] = useMutation(CreateCollaborationDocument, {
    refetchQueries: ['Collaborations'],
  });
  const [update] = useMutation(UpdateCollaborationDocument, { refetchQueries: ['Collaboration'] });
  const initial: Record<Field, string> = {
    title: record?.title ?? '',
    description: record?.description ?? '',
    status: record?.status ?? 'IDEA',
    startDate: record?.startDate ?? '',
    endDate: record?.endDate ?? '',
  };
  const [themeKeys, setThemeKeys] = useState<string[]>(record?.themes ?? []);
  const [partners, setPartners] = useState<PartnerDraft[]>(
    record
      ? partnersOf(record)
      : ownOrganization
        ? [{ organizationId: ownOrganization.id, role: 'LEAD', name: ownOrganization.name ?? null }]
        : [],
  );
  const [partnersError, setPartnersError] = useState<string | undefined>();

  const message = (problem: string | undefined) =>
    problem ? t(`collaborations:form.problems.${problem as 'required'}`) : undefined;

  const form = useForm<Field>({
    initial,
    validate: (values) => {
      const problems = validateCollaboration(values);
      const mapped: Partial<Record<Field, string>> = {};
      for (const [key, problem] of Object.entries(problems) as [Field, string][])
        mapped[key] = message(problem);
      return mapped;
    },
    submit: async (values) => {
      if (partners.length === 0) {
        setPartnersError(t('collaborations:form.problems.partners'));
        throw new Error('partners');
      }
      setPartnersError(undefined);
      const fields = {
        title: values.title.trim(),
        description: values.description.trim() || null,
        startDate: values.startDate || null,
        endDate: values.endDate || null,
        themes: themeKeys,
        partners: partners.map((p) => ({ organizationId: p.organizationId, role: p.role })),
      };
      if (!record) {
        const result = await create({
          variables: { input: { ...fields, status: values.status as CollaborationStatus } },
        });
        const created = result.data?.createCollaboration;
        notify({
          color: 'un',
          message: t('collaborations:form.created', { title: fields.title }),
        });
        onClose();
        if (created) void navigate(`/collaborations/${created.id}`);
        return;
      }
      const conflictFields: ConflictField[] = [
        { key: 'title', label: t('collaborations:fields.title') },
        { key: 'description', label: t('collaborations:fields.description') },
        { key: 'startDate', label: t('collaborations:fields.startDate') },
        { key: 'endDate', label: t('collaborations:fields.endDate') },
        { key: 'themes', label: t('collaborations:fields.themes') },
      ];
      const outcome = await conflicts.save(
        (version) => update({ variables: { input: { id: record.id, version, ...fields } } }),
        {
          version: record.version,
          fields: conflictFields,
          yours: fields,
          refetch: async () => {
            const fresh = await client.query({
              query: CollaborationDocument,
              variables: { id: record.id },
              fetchPolicy: 'network-only',
            });
            if (!fresh.data) throw new Error('No collaboration');
            return fresh.data.collaboration;
          },
        },
      );
      if (outcome.outcome === 'keptEditing') return;
      notify({
        color: 'un',
        message:
          outcome.outcome === 'saved' ? t('collaborations:form.saved') : t('collaborations:form.tookTheirs'),
      });
      onClose();
    },
  });

  const serverError = form.serverError && form.serverError.code !== 'UNKNOWN' ? form.serverError : null;

  return (
    <>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
        <Stack gap="sm">
          {serverError ? (
            <ErrorAlert
              error={serverError}
              otherFields={form.otherFieldErrors.filter((f) => f.field !== 'partners')}
            />
          ) : null}
          <TextInput
            label={t('collaborations:fields.title')}
            required
            {...form.field('title')}
            data-autofocus
          />
          <Textarea
            label={t('collaborations:fields.description')}
            autosize
            minRows={2}
            maxRows={8}
            {...form.field('description')}
            onChange={(event) => form.setValue('description', event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: record ? 2 : 3 }} spacing="sm">
            {record ? null : (
              <Select
                label={t('collaborations:fields.status')}
                data={COLLABORATION_STATUSES.map((s) => ({
                  value: s,
                  label: t(`ui:enum.CollaborationStatus.${s}`),
                }))}
                value={form.values.status}
                onChange={(value) => form.setValue('status', value ?? 'IDEA')}
                allowDeselect={false}
                name="status"
              />
            )}
            <TextInput
              type="date"
              label={t('collaborations:fields.startDate')}
              {...form.field('startDate')}
            />
            <TextInput type="date" label={t('collaborations:fields.endDate')} {...form.field('endDate')} />
          </SimpleGrid>
          <MultiSelect
            label={t('collaborations:fields.themes')}
            data={themes.map((theme) => ({ value: theme.key, label: theme.name }))}
            value={themeKeys}
            onChange={setThemeKeys}
            searchable
            clearable
          />
          <PartnersField
            value={partners}
            onChange={(next) => {
              setPartners(next);
              if (next.length) setPartnersError(undefined);
            }}
            error={partnersError ?? form.otherFieldErrors.find((f) => f.field === 'partners')?.message}
          />
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {record ? t('collaborations:form.save') : t('collaborations:form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      {conflicts.dialog}
    </>
  );
}
