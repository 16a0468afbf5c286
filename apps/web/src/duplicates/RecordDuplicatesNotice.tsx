import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { IconArrowBackUp, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../auth/permissions';
import { useFormatters } from '../i18n/format';
import { RecordDuplicatesDocument, RecordMergesDocument } from './documents';
import { useUndoMerge } from './useUndoMerge';

export interface RecordDuplicatesNoticeProps {
  kind: 'organization' | 'person';
  recordId: string;
  /** Set when the record was merged into another: the notice offers to undo that merge. */
  mergedIntoId: string | null | undefined;
  trashed: boolean;
  /** Called after an undo, so the page reloads the record. */
  onChanged?: () => void;
}

/**
 * On a record's page, for those who may merge: "possible duplicates" with a link to review them, or — on a
 * record merged into another — who merged it when, a link to the survivor and "Undo the merge".
 */
export function RecordDuplicatesNotice({
  kind,
  recordId,
  mergedIntoId,
  trashed,
  onChanged,
}: RecordDuplicatesNoticeProps) {
  const can = useCan();
  const allowed = can('records.merge');
  if (!allowed) return null;
  if (mergedIntoId)
    return <MergedNotice kind={kind} recordId={recordId} survivorId={mergedIntoId} onChanged={onChanged} />;
  if (trashed) return null;
  return <PossibleDuplicates kind={kind} recordId={recordId} />;
}

function PossibleDuplicates({ kind, recordId }: { kind: 'organization' | 'person'; recordId: string }) {
  const { t } = useTranslation('duplicates');
  const { data } = useQuery(RecordDuplicatesDocument, {
    variables: {
      filter: { kind: kind === 'person' ? ('PERSON' as const) : ('ORGANIZATION' as const), recordId },
    },
    fetchPolicy: 'cache-and-network',
  });
  const count = data?.duplicates.totalCount ?? 0;
  if (!count) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconCopy size={18} aria-hidden />}>
      <Group gap="sm" wrap="wrap">
        <Text size="sm">{t('recordHasDuplicates', { count })}</Text>
        <Anchor
          component={Link}
          size="sm"
          to={`/duplicates?${kind === 'person' ? 'kind=person&' : ''}record=${recordId}`}
        >
          {t('review')}
        </Anchor>
      </Group>
    </Alert>
  );
}

function MergedNotice({
  kind,
  recordId,
  survivorId,
  onChanged,
}: {
  kind: 'organization' | 'person';
  recordId: string;
  survivorId: string;
  onChanged?: () => void;
}) {
  const { t } = useTranslation('duplicates');
  const { dateTime } = useFormatters();
  const undo = useUndoMerge();
  const { data, refetch } = useQuery(RecordMergesDocument, { variables: { recordId } });
  if (!data) return null;
  const merge = data.merges.find((g) => g.mergedId === recordId && !g.undoneAt);
  return (
    <Alert color="blue" variant="light">
      <Group gap="sm" wrap="wrap">
        <Text size="sm">
          {t('mergedInto', {
            name: merge?.mergedByName ?? '—',
            when: merge ? dateTime(merge.mergedAt) : '—',
          })}
        </Text>
        <Anchor
          component={Link}
          size="sm"
          to={`/${kind === 'organization' ? 'organizations' : 'people'}/${survivorId}`}
        >
          {t('viewSurvivor')}
        </Anchor>
        {merge ? (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconArrowBackUp size={14} aria-hidden />}
            onClick={() =>
              void undo(merge.id).then(async () => {
                await refetch();
                onChanged?.();
              })
            }
          >
            {t('undoMerge')}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
