import { useQuery } from '@apollo/client/react';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { useFormatters } from '../i18n/format';
import { RecordHistoryOf } from '../ui/history';
import { ColleaguesDocument } from '../ui/pickers/pickerDocuments';
import type { FollowUpRow } from './useFollowUpActions';

const FollowUpHistoryDocument = graphql(`
  query FollowUpHistory($id: ID!, $first: Int!, $after: String) {
    followUp(id: $id) {
      id
      history(first: $first, after: $after) {
        ...RecordHistory_page
      }
    }
  }
`);

const FIELDS = [
  'title',
  'description',
  'dueDate',
  'ownerId',
  'status',
  'priority',
  'subjectType',
  'subjectId',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (field: string): field is Field => (FIELDS as readonly string[]).includes(field);

/** History values are JSON text: a string shows without its quotes. */
function unquote(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : value;
  } catch {
    return value;
  }
}

/** A follow-up's change history (who completed, reassigned or rescheduled it, and when), from its row's menu. */
export function FollowUpHistoryDialog({
  followUp,
  onClose,
}: {
  followUp: FollowUpRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['followUps', 'ui', 'translation']);
  const formatters = useFormatters();
  const subjectName =
    followUp?.engagement?.title ??
    followUp?.organization?.name ??
    followUp?.collaboration?.title ??
    followUp?.recommendation?.title ??
    null;
  // Owners are recorded by id: show the colleague's name where the user may see it (the Core Group sees its own).
  const colleagues = useQuery(ColleaguesDocument, { skip: !followUp }).data?.colleagues ?? [];

  return (
    <Modal
      opened={followUp !== null}
      onClose={onClose}
      size="lg"
      title={t('history.title', { title: followUp?.title ?? '' })}
      closeButtonProps={{ 'aria-label': t('translation:common.close') }}
    >
      <RecordHistoryOf
        document={FollowUpHistoryDocument}
        id={followUp?.id}
        fieldLabel={(field) => (isField(field) ? t(`history.fields.${field}`) : undefined)}
        formatValue={(field, value) => {
          const plain = unquote(value);
          if (field === 'ownerId') return colleagues.find((c) => c.id === plain)?.displayName ?? plain;
          if (field === 'dueDate' && /^\d{4}-\d{2}-\d{2}$/.test(plain))
            return formatters.date(`${plain}T12:00:00`);
          if (field === 'subjectId') return subjectName ?? plain;
          if (
            field === 'subjectType' &&
            ['ENGAGEMENT', 'ORGANIZATION', 'COLLABORATION', 'RECOMMENDATION'].includes(plain)
          )
            return t(`ui:enum.FollowUpSubjectType.${plain as 'ENGAGEMENT'}`);
          if (field === 'status' && ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'].includes(plain))
            return t(`ui:enum.FollowUpStatus.${plain as 'OPEN'}`);
          if (field === 'priority' && ['HIGH', 'NORMAL', 'LOW'].includes(plain))
            return t(`ui:enum.FollowUpPriority.${plain as 'HIGH'}`);
          return plain;
        }}
      />
    </Modal>
  );
}
