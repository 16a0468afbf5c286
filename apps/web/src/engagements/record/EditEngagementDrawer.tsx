import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Drawer, Group, Stack } from '@mantine/core';
import { useId, useMediaQuery } from '@mantine/hooks';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementPage_EngagementFragment } from '../../gql/graphql';
import { useConflictResolution } from '../../ui/conflict';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { toAppError, type AppError } from '../../ui/errors';
import { combineMessages } from '../../ui/fieldErrors';
import { pickedOrganization, pickedPerson } from '../../ui/pickers';
import { EngagementLatestDocument, UpdateEngagementDocument } from '../documents';
import { EngagementFields } from '../form/EngagementFields';
import {
  FIELD_ORDER,
  fieldId,
  serverErrors,
  updateInput,
  validateDraft,
  type DraftErrors,
  type DraftField,
  type EngagementDraft,
} from '../form/engagementDraft';
import { toast } from '../toast';
import { useEngagementReference } from '../useEngagementReference';
import { useEscapeToClose } from '../form/useEscapeToClose';

export function draftOf(engagement: EngagementPage_EngagementFragment): EngagementDraft {
  return {
    type: engagement.type,
    title: engagement.title,
    date: engagement.date,
    participants: [
      ...engagement.organizations.map((o) => pickedOrganization(o.organization)),
      ...engagement.people.map((p) => pickedPerson(p.person)),
    ],
    staffIds: engagement.staff.map((s) => s.id),
    themes: engagement.themes,
    policyProcesses: engagement.policyProcesses,
    summary: engagement.summary ?? '',
    followUps: [],
  };
}

/**
 * Edits an engagement in a side panel, sending the version read. When someone saved it meanwhile, the
 * conflict dialog shows theirs beside the user's edit: keep mine (saved over the new version), take theirs, or
 * keep editing. Nothing is lost.
 */
export function EditEngagementDrawer({
  engagement,
  onClose,
}: {
  engagement: EngagementPage_EngagementFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation(['engagements', 'ui', 'translation']);
  const { t: tApp } = useTranslation();
  const formId = useId();
  const phone = useMediaQuery('(max-width: 48em)', false);
  const client = useApolloClient();
  const reference = useEngagementReference();
  const conflicts = useConflictResolution();
  const [draft, setDraft] = useState(() => draftOf(engagement));
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [edited, setEdited] = useState<ReadonlySet<DraftField>>(new Set());
  const [update] = useMutation(UpdateEngagementDocument);
  useEscapeToClose(true, onClose);

  const client_: DraftErrors = attempted ? validateDraft(draft, t) : {};
  const server = serverErrors(serverError);
  const errors: DraftErrors = {};
  for (const field of FIELD_ORDER(draft)) {
    const message = combineMessages(client_[field], edited.has(field) ? undefined : server.byField[field]);
    if (message) errors[field] = message;
  }

  const withheld = t('ui:withheld.label');
  /** The values compared side by side, in words. */
  const comparable = (d: EngagementDraft) => ({
    title: d.title,
    type: t(`ui:enum.EngagementType.${d.type}`),
    date: d.date,
    participants: d.participants.map((p) => p.name ?? withheld).join(', '),
    staff: d.staffIds.length,
    themes: d.themes.map(reference.themeName).join(', '),
    policyProcesses: d.policyProcesses.map(reference.processName).join(', '),
    summary: d.summary,
  });
  const conflictFields = [
    { key: 'title', label: t('form.title') },
    { key: 'type', label: t('form.type') },
    { key: 'date', label: t('form.date') },
    { key: 'participants', label: t('form.participants') },
    { key: 'themes', label: t('form.themes') },
    { key: 'policyProcesses', label: t('form.policyProcesses') },
    { key: 'summary', label: t('form.summary') },
  ];

  const save = async () => {
    if (saving) return;
    setAttempted(true);
    const problems = validateDraft(draft, t);
    const firstInvalid = FIELD_ORDER(draft).find((field) => problems[field]);
    if (firstInvalid) {
      document.getElementById(fieldId(formId, firstInvalid))?.focus();
      return;
    }
    setSaving(true);
    setServerError(null);
    try {
      const outcome = await conflicts.save(
        (version) => update({ variables: { input: updateInput(engagement.id, version, draft, new Map()) } }),
        {
          version: engagement.version,
          fields: conflictFields,
          yours: comparable(draft),
          refetch: async () => {
            const { data } = await client.query({
              query: EngagementLatestDocument,
              variables: { id: engagement.id },
              fetchPolicy: 'network-only',
            });
            if (!data) throw new Error('The engagement could not be loaded.');
            const theirs = data.engagement;
            return { ...comparable(draftOf(theirs)), version: theirs.version, history: theirs.history };
          },
        },
      );
      if (outcome.outcome === 'keptEditing') return;
      if (outcome.outcome === 'saved')
        toast(tApp, { color: 'green', title: t('page.saved'), message: draft.title.trim() });
      onClose();
    } catch (error) {
      const appError = toAppError(error);
      setServerError(appError);
      setEdited(new Set());
      const byField = serverErrors(appError).byField;
      const first = FIELD_ORDER(draft).find((field) => byField[field]);
      if (first) document.getElementById(fieldId(formId, first))?.focus();
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void save();
    } else if (event.target instanceof HTMLInputElement) event.preventDefault();
  };

  return (
    <>
      <Drawer
        opened
        onClose={onClose}
        closeOnEscape={false}
        position="right"
        size={phone ? '100%' : 'xl'}
        title={t('page.editTitle')}
        closeButtonProps={{ 'aria-label': t('translation:common.close') }}
        styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <form
          data-engagement-form
          noValidate
          onKeyDown={onKeyDown}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack gap="md">
            {serverError ? <ErrorAlert error={serverError} otherFields={server.other} /> : null}
            <EngagementFields
              formId={formId}
              draft={draft}
              setDraft={setDraft}
              errors={errors}
              onEdited={(field) => setEdited((current) => new Set([...current, field]))}
              knownStaff={engagement.staff}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('translation:common.cancel')}
              </Button>
              <Button type="submit" loading={saving} aria-keyshortcuts="Control+Enter Meta+Enter">
                {t('page.saveChanges')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Drawer>
      {conflicts.dialog}
    </>
  );
}
