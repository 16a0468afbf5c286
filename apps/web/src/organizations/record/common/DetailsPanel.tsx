import '@mantine/dates/styles.css';
import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Drawer,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPencil } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useConflictResolution, type VersionedRecord } from '../../../ui/conflict';
import { Withheld } from '../../../ui/protection/Withheld';
import { RecordPageCountriesDocument } from './commonDocuments';

export type DetailFieldKind =
  'text' | 'textarea' | 'select' | 'multiselect' | 'tags' | 'country' | 'url' | 'email' | 'date';

export interface DetailField {
  key: string;
  label: string;
  kind: DetailFieldKind;
  options?: { value: string; label: string }[];
  /** How the saved value reads (an enum label, a link …); by default the value itself. */
  display?: (value: unknown) => ReactNode;
  required?: boolean;
  /** False for fields shown but not edited here. Default true. */
  editable?: boolean;
}

export type DetailRecord = VersionedRecord & { withheld: readonly string[] };

type EditValue = string | string[];

function toEdit(field: DetailField, value: unknown): EditValue {
  if (field.kind === 'multiselect' || field.kind === 'tags')
    return Array.isArray(value) ? value.map(String) : [];
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** What the API takes for an edited value: trimmed text, null for nothing. */
function toInput(field: DetailField, value: EditValue): unknown {
  if (Array.isArray(value)) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function sameValue(a: EditValue, b: EditValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function FieldInput({
  field,
  value,
  onChange,
  autoFocus,
  error,
}: {
  field: DetailField;
  value: EditValue;
  onChange: (value: EditValue) => void;
  autoFocus?: boolean;
  error?: string;
}) {
  const { t } = useTranslation('organizations');
  const countries = useQuery(RecordPageCountriesDocument, { skip: field.kind !== 'country' });
  const common = {
    label: field.label,
    required: field.required,
    error,
    'data-autofocus': autoFocus || undefined,
  };
  switch (field.kind) {
    case 'textarea':
      return (
        <Textarea
          {...common}
          autosize
          minRows={3}
          autoFocus={autoFocus}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          autoFocus={autoFocus}
          data={field.options ?? []}
          value={(value as string) || null}
          onChange={(next) => onChange(next ?? '')}
          clearable={!field.required}
          searchable
        />
      );
    case 'country':
      return (
        <Select
          {...common}
          autoFocus={autoFocus}
          data={(countries.data?.countries ?? []).map((c) => ({
            value: c.iso2,
            label: `${c.flag} ${c.name}`,
          }))}
          value={(value as string) || null}
          onChange={(next) => onChange(next ?? '')}
          placeholder={countries.loading ? t('details.loadingCountries') : undefined}
          clearable
          searchable
        />
      );
    case 'tags':
      return <TagsInput {...common} autoFocus={autoFocus} value={value as string[]} onChange={onChange} />;
    case 'date':
      return (
        <DateInput
          {...common}
          autoFocus={autoFocus}
          value={(value as string) || null}
          onChange={(next) => onChange(next ? next.slice(0, 10) : '')}
          valueFormat="D MMMM YYYY"
          clearable={!field.required}
        />
      );
    case 'multiselect':
      return (
        <MultiSelect
          {...common}
          autoFocus={autoFocus}
          data={field.options ?? []}
          value={value as string[]}
          onChange={onChange}
          searchable
        />
      );
    default:
      return (
        <TextInput
          {...common}
          autoFocus={autoFocus}
          type={field.kind === 'email' ? 'email' : field.kind === 'url' ? 'url' : 'text'}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}

export interface DetailsPanelProps {
  record: DetailRecord;
  fields: DetailField[];
  canEdit: boolean;
  /** Saves the changed fields over `version`; rejects with the API's error (CONFLICT included). */
  save: (changes: Record<string, unknown>, version: number) => Promise<unknown>;
  /** The record as saved now, for the conflict dialog (ask for history(first: 1) to say who changed it). */
  refetch: () => Promise<DetailRecord>;
  /** The side panel to edit several fields at once (opened by the header's Edit). */
  panelOpened: boolean;
  onPanelClose: () => void;
  panelTitle: string;
  /** Fields masked until revealed (a protected person's contact details): not editable, shown by `renderMasked`. */
  masked?: readonly string[];
  renderMasked?: (field: DetailField) => ReactNode;
}

/**
 * Every field of a record. One field is edited in place (pencil, then explicit Save); several at once in a
 * side panel. A CONFLICT opens the conflict dialog with the saved version beside the user's: nothing is lost.
 */
export function DetailsPanel({
  record,
  fields,
  canEdit,
  save,
  refetch,
  panelOpened,
  onPanelClose,
  panelTitle,
  masked = [],
  renderMasked,
}: DetailsPanelProps) {
  const { t } = useTranslation('organizations');
  const { t: tc } = useTranslation();
  const conflicts = useConflictResolution();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Record<string, EditValue>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const editable = (field: DetailField) =>
    canEdit &&
    field.editable !== false &&
    !record.withheld.includes(field.key) &&
    !masked.includes(field.key);

  const initialDraft = (source: Record<string, unknown>, only?: DetailField[]) =>
    Object.fromEntries((only ?? fields).map((field) => [field.key, toEdit(field, source[field.key])]));

  // The panel starts from the saved values each time it opens; later record updates never overwrite typing.
  const [openedFor, setOpenedFor] = useState(false);
  if (panelOpened !== openedFor) {
    setOpenedFor(panelOpened);
    if (panelOpened) {
      setDraft(initialDraft(record, fields.filter(editable)));
      setError(null);
      setEditing(null);
    }
  }

  const startInline = (field: DetailField) => {
    setEditing(field.key);
    setDraft({ [field.key]: toEdit(field, record[field.key]) });
    setError(null);
  };

  const submit = async (edited: DetailField[], done: () => void) => {
    const changed = edited.filter((field) => !sameValue(draft[field.key], toEdit(field, record[field.key])));
    const missing = changed.find((field) => field.required && toInput(field, draft[field.key]) === null);
    if (missing) {
      setError(null);
      return;
    }
    if (changed.length === 0) {
      done();
      return;
    }
    const changes = Object.fromEntries(changed.map((field) => [field.key, toInput(field, draft[field.key])]));
    setBusy(true);
    setError(null);
    try {
      const outcome = await conflicts.save((version) => save(changes, version), {
        version: record.version,
        fields: changed.map((field) => ({
          key: field.key,
          label: field.label,
          format: field.display,
        })),
        yours: changes,
        refetch,
      });
      if (outcome.outcome === 'saved' || outcome.outcome === 'tookTheirs') done();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const requiredError = (field: DetailField) =>
    field.required && draft[field.key] !== undefined && toInput(field, draft[field.key]) === null
      ? t('details.required', { field: field.label })
      : undefined;

  const show = (field: DetailField): ReactNode => {
    if (record.withheld.includes(field.key)) return <Withheld />;
    if (masked.includes(field.key) && renderMasked) return renderMasked(field);
    const value = record[field.key];
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      return (
        <Text component="span" size="sm" c="dimmed">
          —
        </Text>
      );
    if (field.display) return field.display(value);
    if (Array.isArray(value)) return value.join(', ');
    return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  };

  return (
    <>
      <Paper withBorder radius="md">
        <Table verticalSpacing="sm" horizontalSpacing="md" layout="fixed">
          <Table.Tbody>
            {fields.map((field) => (
              <Table.Tr key={field.key} data-field={field.key}>
                <Table.Th
                  scope="row"
                  w={{ base: 120, sm: 200 }}
                  fw={500}
                  c="dimmed"
                  style={{ verticalAlign: 'top' }}
                >
                  {field.label}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {editing === field.key ? (
                    <form
                      onSubmit={(event: FormEvent) => {
                        event.preventDefault();
                        void submit([field], () => setEditing(null));
                      }}
                    >
                      <Stack gap="xs">
                        <FieldInput
                          field={field}
                          value={draft[field.key] ?? ''}
                          onChange={(value) => setDraft({ [field.key]: value })}
                          autoFocus
                          error={requiredError(field)}
                        />
                        {error ? <ErrorAlert error={error} /> : null}
                        <Group gap="xs">
                          <Button type="submit" size="xs" loading={busy}>
                            {t('details.save')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setEditing(null)}
                            disabled={busy}
                          >
                            {tc('common.cancel')}
                          </Button>
                        </Group>
                      </Stack>
                    </form>
                  ) : (
                    <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
                      <div style={{ minWidth: 0 }}>{show(field)}</div>
                      {editable(field) ? (
                        <Tooltip label={t('details.edit', { field: field.label })}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('details.edit', { field: field.label })}
                            onClick={() => startInline(field)}
                          >
                            <IconPencil size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      <Drawer
        opened={panelOpened}
        onClose={onPanelClose}
        title={panelTitle}
        position="right"
        size="md"
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void submit(fields.filter(editable), onPanelClose);
          }}
        >
          <Stack gap="sm">
            {fields.filter(editable).map((field, index) => (
              <FieldInput
                key={field.key}
                field={field}
                value={draft[field.key] ?? toEdit(field, undefined)}
                onChange={(value) => setDraft((current) => ({ ...current, [field.key]: value }))}
                autoFocus={index === 0}
                error={requiredError(field)}
              />
            ))}
            {error && editing === null ? <ErrorAlert error={error} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onPanelClose} disabled={busy}>
                {tc('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('details.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Drawer>
      {conflicts.dialog}
    </>
  );
}
