import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../auth/permissions';
import type { DialogueDetail_DialogueFragment } from '../gql/graphql';
import { useFormatters } from '../i18n/format';
import { useConflictResolution, valuesDiffer, type ConflictField } from '../ui/conflict';
import { ErrorAlert } from '../ui/ErrorAlert';
import { RecordPicker } from '../ui/pickers/RecordPicker';
import type { PickedRecord } from '../ui/pickers/records';
import { Withheld } from '../ui/protection/Withheld';
import { useForm } from '../ui/useForm';
import { WhereText } from './DialoguesPage';
import {
  DialogueFields,
  dialogueInput,
  dialogueValues,
  validateDialogue,
  type DialogueField,
} from './DialogueForm';
import { DialogueLatestDocument, UpdateDialogueDocument } from './documents';
import { useDialogueFormatters } from './format';
import { useNotify } from '../ui/useNotify';

type Themes = readonly { key: string; name: string }[];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

function coChairPicks(dialogue: DialogueDetail_DialogueFragment): PickedRecord[] {
  return dialogue.coChairs.map((o) => ({
    kind: 'ORGANIZATION',
    id: o.id,
    name: o.withheld.includes('name') ? null : (o.name ?? null),
  }));
}

/** Dates, venue, co-chairs, themes and notes; edited in place with the version read (conflicts never lose it). */
export function OverviewTab({
  dialogue,
  themes,
}: {
  dialogue: DialogueDetail_DialogueFragment;
  themes: Themes;
}) {
  const { t } = useTranslation(['dialogues', 'ui']);
  const can = useCan();
  const editable = can('dialogues.manage') && !dialogue.deletedAt;
  const [editing, setEditing] = useState(false);
  const format = useDialogueFormatters();
  const { dateTime } = useFormatters();
  const themeName = (key: string) => themes.find((theme) => theme.key === key)?.name ?? key;

  if (editing) return <OverviewEditor dialogue={dialogue} themes={themes} onDone={() => setEditing(false)} />;

  return (
    <Paper withBorder p="lg">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3">
            {t('overview.title')}
          </Title>
          {editable ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('overview.edit')}
            </Button>
          ) : null}
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" m={0}>
          <Fact label={t('form.number')}>{format.number(dialogue.number)}</Fact>
          <Fact label={t('overview.dates')}>{format.dateRange(dialogue.startDate, dialogue.endDate)}</Fact>
          <Fact label={t('overview.where')}>
            <WhereText venue={dialogue.venue} online={dialogue.online} />
          </Fact>
          <Fact label={t('form.capacity')}>
            {dialogue.capacity ? format.number(dialogue.capacity) : t('overview.notSet')}
          </Fact>
          <Fact label={t('overview.coChairs')}>
            {dialogue.coChairs.length === 0 ? (
              t('overview.notSet')
            ) : (
              <Group component="span" gap={8}>
                {dialogue.coChairs.map((o) =>
                  o.withheld.includes('name') ? (
                    <Withheld key={o.id} compact />
                  ) : (
                    <Anchor key={o.id} component={Link} to={`/organizations/${o.id}`} size="sm">
                      {o.acronym ? `${o.name ?? ''} (${o.acronym})` : o.name}
                    </Anchor>
                  ),
                )}
              </Group>
            )}
          </Fact>
          <Fact label={t('overview.updated')}>{dateTime(dialogue.updatedAt)}</Fact>
        </SimpleGrid>
        <Stack gap={6}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('form.themes')}
          </Text>
          {dialogue.themes.length ? (
            <Group gap={6}>
              {dialogue.themes.map((key) => (
                <Badge key={key} variant="light" color="un">
                  {themeName(key)}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm">{t('overview.notSet')}</Text>
          )}
        </Stack>
        <Stack gap={6}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('form.notes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', maxWidth: '75ch' }}>
            {dialogue.notes || t('overview.notSet')}
          </Text>
        </Stack>
      </Stack>
    </Paper>
  );
}

function OverviewEditor({
  dialogue,
  themes,
  onDone,
}: {
  dialogue: DialogueDetail_DialogueFragment;
  themes: Themes;
  onDone: () => void;
}) {
  const { t } = useTranslation(['dialogues', 'ui']);
  const notify = useNotify();
  const client = useApolloClient();
  const [update] = useMutation(UpdateDialogueDocument);
  const conflicts = useConflictResolution();
  const [coChairs, setCoChairs] = useState<PickedRecord[]>(() => coChairPicks(dialogue));
  // After "keep editing" in a conflict, the next save goes over the version the user has now seen.
  const [baseVersion, setBaseVersion] = useState(dialogue.version);
  const original = { ...dialogueInput(dialogueValues(dialogue)), coChairIds: dialogue.coChairIds };
  const names = new Map<string, string>();
  for (const o of [...coChairPicks(dialogue), ...coChairs]) names.set(o.id, o.name ?? t('ui:withheld.label'));
  const themeName = (key: string) => themes.find((theme) => theme.key === key)?.name ?? key;

  const labels: Record<DialogueField | 'coChairIds', ConflictField> = {
    number: { key: 'number', label: t('form.number') },
    title: { key: 'title', label: t('form.title') },
    startDate: { key: 'startDate', label: t('form.startDate') },
    endDate: { key: 'endDate', label: t('form.endDate') },
    venue: { key: 'venue', label: t('form.venue') },
    online: { key: 'online', label: t('form.online') },
    capacity: { key: 'capacity', label: t('form.capacity') },
    themes: {
      key: 'themes',
      label: t('form.themes'),
      format: (value) => (value as string[]).map(themeName).join(', '),
    },
    notes: { key: 'notes', label: t('form.notes') },
    coChairIds: {
      key: 'coChairIds',
      label: t('overview.coChairs'),
      format: (value) => (value as string[]).map((id) => names.get(id) ?? '…').join(', '),
    },
  };

  const form = useForm<DialogueField>({
    initial: dialogueValues(dialogue),
    validate: (values) => validateDialogue(values, t),
    submit: async (values) => {
      const yours = { ...dialogueInput(values), coChairIds: coChairs.map((o) => o.id) };
      const changed = (Object.keys(yours) as (keyof typeof yours)[]).filter((key) =>
        valuesDiffer(yours[key], original[key]),
      );
      if (changed.length === 0) {
        onDone();
        return;
      }
      const input = Object.fromEntries(changed.map((key) => [key, yours[key]]));
      const outcome = await conflicts.save(
        async (version) =>
          (await update({ variables: { input: { ...input, id: dialogue.id, version } } })).data,
        {
          version: baseVersion,
          fields: changed.map((key) => labels[key]),
          yours,
          refetch: async () => {
            const result = await client.query({
              query: DialogueLatestDocument,
              variables: { id: dialogue.id },
              fetchPolicy: 'network-only',
            });
            if (!result.data) throw new Error('The Dialogue could not be loaded.');
            return result.data.dialogue;
          },
        },
      );
      if (outcome.outcome === 'saved') {
        notify.done(t('overview.saved'));
        onDone();
      } else if (outcome.outcome === 'tookTheirs') {
        notify.done(t('overview.tookTheirs'));
        onDone();
      } else if (outcome.theirs) {
        setBaseVersion(outcome.theirs.version);
      }
    },
  });

  return (
    <Paper withBorder p="lg">
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate aria-label={t('overview.editTitle')}>
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('overview.editTitle')}
          </Title>
          <DialogueFields form={form} themes={themes} />
          <RecordPicker
            label={t('overview.coChairs')}
            description={t('overview.coChairsHint')}
            kinds={['ORGANIZATION']}
            allowCreate={false}
            value={coChairs}
            onChange={setCoChairs}
          />
          {form.serverError ? (
            <ErrorAlert error={form.serverError} otherFields={form.otherFieldErrors} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {conflicts.dialog}
    </Paper>
  );
}
