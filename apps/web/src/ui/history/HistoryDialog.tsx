import { Modal } from '@mantine/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { RecordHistoryOf } from './RecordHistoryOf';
import type { HistoryQuery, HistoryVariables } from './useRecordHistory';

/** Enums whose labels live under `ui:enum.<name>`. */
type EnumName = 'ParticipationRole' | 'ParticipationStatus' | 'RelationshipType' | 'SessionFormat';

export interface HistoryDialogProps<Q extends HistoryQuery> {
  /** The record whose history to show; null: closed. */
  id: string | null;
  title: string;
  onClose: () => void;
  document: TypedDocumentNode<Q, HistoryVariables>;
  /** Fields holding an enum, shown with its label. */
  enums?: Partial<Record<string, EnumName>>;
  /** Names of the records the history names by id (a person, an organisation, a session …). */
  names?: Readonly<Record<string, string>>;
}

/** History values are JSON text: a string shows without its quotes. */
export function parseHistoryValue(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

const FIELDS = [
  'role',
  'status',
  'type',
  'title',
  'date',
  'startDate',
  'endDate',
  'startTime',
  'endTime',
  'format',
  'order',
  'themes',
  'description',
  'note',
  'isPrimary',
  'personId',
  'organizationId',
  'sourceId',
  'targetId',
  'dialogueId',
  'sessionIds',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (field: string): field is Field => (FIELDS as readonly string[]).includes(field);

/**
 * The change history of a record that has no page of its own (an affiliation, a relationship, a session …), in a
 * dialog opened from its row: field names and values in words, ids as the names the caller knows.
 */
export function HistoryDialog<Q extends HistoryQuery>({
  id,
  title,
  onClose,
  document,
  enums = {},
  names = {},
}: HistoryDialogProps<Q>) {
  const { t } = useTranslation(['ui', 'translation']);
  const { date } = useFormatters();

  const one = (field: string, value: unknown): string => {
    if (typeof value === 'boolean') return value ? t('ui:history.yes') : t('ui:history.no');
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') return JSON.stringify(value);
    const enumName = enums[field];
    if (enumName) return t(`ui:enum.${enumName}.${value}` as 'ui:enum.RelationshipType.MEMBER_OF');
    if (names[value]) return names[value];
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return date(`${value}T12:00:00`);
    return value;
  };

  return (
    <Modal
      opened={id !== null}
      onClose={onClose}
      size="lg"
      title={title}
      closeButtonProps={{ 'aria-label': t('translation:common.close') }}
    >
      <RecordHistoryOf
        document={document}
        id={id}
        fieldLabel={(field) => (isField(field) ? t(`ui:history.fields.${field}`) : undefined)}
        formatValue={(field, raw) => {
          const value = parseHistoryValue(raw);
          if (Array.isArray(value)) return value.map((v) => one(field, v)).join(', ');
          return one(field, value);
        }}
      />
    </Modal>
  );
}
