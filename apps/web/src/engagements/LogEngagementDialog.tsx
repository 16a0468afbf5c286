import { useMutation } from '@apollo/client/react';
import { Button, Divider, Group, Kbd, Modal, Stack, Switch, Text } from '@mantine/core';
import { useId, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { useCan } from '../auth/permissions';
import { ErrorAlert } from '../ui/ErrorAlert';
import { toAppError, type AppError } from '../ui/errors';
import { combineMessages } from '../ui/fieldErrors';
import { useResolvedRecords, type PickedRecord } from '../ui/pickers';
import { optionValue } from '../ui/pickers/records';
import { CreateEngagementDocument } from './documents';
import { EngagementFields } from './form/EngagementFields';
import {
  createInput,
  emptyDraft,
  FIELD_ORDER,
  fieldId,
  serverErrors,
  validateDraft,
  type DraftErrors,
  type DraftField,
  type EngagementDraft,
} from './form/engagementDraft';
import { FollowUpRows } from './form/FollowUpRows';
import { useEscapeToClose } from './form/useEscapeToClose';
import { forgetEngagementLists } from './cache';
import type { LogEngagementPrefill } from './LogEngagementProvider';

export interface LoggedEngagement {
  id: string;
  title: string;
  version: number;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function merge(current: PickedRecord[], more: PickedRecord[]): PickedRecord[] {
  const seen = new Set(current.map(optionValue));
  return [...current, ...more.filter((r) => !seen.has(optionValue(r)))];
}

/**
 * "Log engagement": one dialog from anywhere, fields in the order people think, follow-ups added as rows, all
 * saved in one request (all or nothing). Ctrl/⌘+Enter saves; "Log another" keeps it open for the next one.
 */
export function LogEngagementDialog({
  opened,
  prefill,
  onClose,
  onSaved,
}: {
  opened: boolean;
  prefill?: LogEngagementPrefill;
  onClose: () => void;
  onSaved: (engagement: LoggedEngagement) => void;
}) {
  const { t } = useTranslation(['engagements', 'translation']);
  const me = useCurrentUser();
  const can = useCan();
  const formId = useId();
  const phone = useMediaQuery('(max-width: 48em)', false);
  const resolve = useResolvedRecords();
  const [draft, setDraft] = useState<EngagementDraft>(() =>
    emptyDraft(me.id, {
      ...(prefill?.title ? { title: prefill.title } : {}),
      ...(prefill?.type ? { type: prefill.type } : {}),
      ...(prefill?.themes ? { themes: [...prefill.themes] } : {}),
      participants: [...(prefill?.records ?? [])],
    }),
  );
  const [attempted, setAttempted] = useState(false);
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [edited, setEdited] = useState<ReadonlySet<DraftField>>(new Set());
  const [logAnother, setLogAnother] = useState(false);
  const [create, { loading: saving }] = useMutation(CreateEngagementDocument, {
    update: (cache) => forgetEngagementLists(cache),
  });
  const formRef = useRef<HTMLFormElement>(null);

  // Records given by id (a record page's "Log engagement"), and for the Core Group their own organisation,
  // which the API requires among the participants.
  useEffect(() => {
    const organizationIds = [...(prefill?.organizationIds ?? [])];
    if (!can('engagements.manage') && me.organizationId && !organizationIds.includes(me.organizationId))
      organizationIds.push(me.organizationId);
    const personIds = prefill?.personIds ?? [];
    if (organizationIds.length === 0 && personIds.length === 0) return;
    let live = true;
    void resolve({ organizationIds, personIds }).then((records) => {
      if (live) setDraft((current) => ({ ...current, participants: merge(current.participants, records) }));
    });
    return () => {
      live = false;
    };
    // Only once, for the prefill the dialog opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const client: DraftErrors = attempted ? validateDraft(draft, t) : {};
  const server = serverErrors(serverError);
  const errors: DraftErrors = {};
  for (const field of FIELD_ORDER(draft)) {
    const message = combineMessages(client[field], edited.has(field) ? undefined : server.byField[field]);
    if (message) errors[field] = message;
  }

  const focus = (field: DraftField | undefined) => {
    if (field) document.getElementById(fieldId(formId, field))?.focus();
  };

  const onEdited = (field: DraftField) =>
    setEdited((current) => (current.has(field) ? current : new Set([...current, field])));

  const save = async () => {
    if (saving) return;
    setAttempted(true);
    const problems = validateDraft(draft, t);
    const firstInvalid = FIELD_ORDER(draft).find((field) => problems[field]);
    if (firstInvalid) {
      focus(firstInvalid);
      return;
    }
    setServerError(null);
    try {
      const { data } = await create({ variables: { input: createInput(draft) } });
      if (!data) return;
      onSaved(data.createEngagement);
      if (logAnother) {
        setDraft(emptyDraft(me.id, { type: draft.type, date: draft.date }));
        setAttempted(false);
        setEdited(new Set());
        requestAnimationFrame(() => focus('title'));
      } else {
        onClose();
      }
    } catch (error) {
      const appError = toAppError(error);
      setServerError(appError);
      setEdited(new Set());
      const byField = serverErrors(appError).byField;
      focus(FIELD_ORDER(draft).find((field) => byField[field]));
    }
  };

  useEscapeToClose(opened, onClose);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void save();
      return;
    }
    // Enter in a one-line field never saves by surprise (it picks in lists); Ctrl/⌘+Enter or the button does.
    if (event.target instanceof HTMLInputElement) event.preventDefault();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeOnEscape={false}
      title={t('log.title')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('translation:common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form
        ref={formRef}
        id={formId}
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
            onEdited={onEdited}
          />
          <Divider />
          <FollowUpRows
            formId={formId}
            draft={draft}
            setDraft={setDraft}
            errors={errors}
            onEdited={onEdited}
          />
          <Group
            justify="space-between"
            gap="sm"
            wrap="wrap"
            pos="sticky"
            bottom={0}
            py="sm"
            bg="var(--mantine-color-body)"
            style={{ borderTop: '1px solid var(--mantine-color-default-border)', zIndex: 1 }}
          >
            <Switch
              label={t('log.another')}
              checked={logAnother}
              onChange={(event) => setLogAnother(event.currentTarget.checked)}
            />
            <Group gap="sm" wrap="nowrap">
              <Text size="xs" c="dimmed" visibleFrom="sm" aria-hidden>
                <Kbd size="xs">{isMac ? '⌘' : 'Ctrl'}</Kbd> + <Kbd size="xs">Enter</Kbd>
              </Text>
              <Button variant="default" onClick={onClose}>
                {t('translation:common.cancel')}
              </Button>
              <Button type="submit" loading={saving} aria-keyshortcuts="Control+Enter Meta+Enter">
                {t('log.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
