import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryDialog } from '../../../ui/history';
import { useNotify } from '../../../ui/useNotify';
import {
  AffiliationHistoryDocument,
  CoreGroupMembershipHistoryDocument,
  DeleteAffiliationDocument,
  DeleteCoreGroupMembershipDocument,
  DeleteRelationshipDocument,
  RelationshipHistoryDocument,
  RestoreAffiliationDocument,
  RestoreCoreGroupMembershipDocument,
  RestoreRelationshipDocument,
} from '../organizationDocuments';
import type { DatedRow } from './DatedTable';

export type LinkKind = 'relationship' | 'coreGroupMembership' | 'affiliation';

/**
 * The row menu of a dated link (relationship, Core Group membership, affiliation): its history in a dialog, and
 * moving one entered by mistake to the trash with Undo. `names` turns the ids its history records into names.
 */
export function useLinkActions(
  refetch: () => Promise<unknown>,
  names: Readonly<Record<string, string>>,
): {
  historyOf: (kind: LinkKind) => (row: DatedRow) => void;
  deleteOf: (kind: LinkKind) => (row: DatedRow) => void;
  dialog: ReactNode;
} {
  const { t } = useTranslation('organizations');
  const notify = useNotify();
  const [open, setOpen] = useState<{ kind: LinkKind; id: string; name: string } | null>(null);
  const [deleteRelationship] = useMutation(DeleteRelationshipDocument);
  const [restoreRelationship] = useMutation(RestoreRelationshipDocument);
  const [deleteMembership] = useMutation(DeleteCoreGroupMembershipDocument);
  const [restoreMembership] = useMutation(RestoreCoreGroupMembershipDocument);
  const [deleteAffiliation] = useMutation(DeleteAffiliationDocument);
  const [restoreAffiliation] = useMutation(RestoreAffiliationDocument);

  const remove: Record<LinkKind, (id: string, version: number) => Promise<unknown>> = {
    relationship: (id, version) => deleteRelationship({ variables: { input: { id, version } } }),
    coreGroupMembership: (id, version) => deleteMembership({ variables: { input: { id, version } } }),
    affiliation: (id, version) => deleteAffiliation({ variables: { input: { id, version } } }),
  };
  const restore: Record<LinkKind, (id: string) => Promise<unknown>> = {
    relationship: (id) => restoreRelationship({ variables: { id } }),
    coreGroupMembership: (id) => restoreMembership({ variables: { id } }),
    affiliation: (id) => restoreAffiliation({ variables: { id } }),
  };

  const deleteOf = (kind: LinkKind) => (row: DatedRow) => {
    void (async () => {
      try {
        await remove[kind](row.id, row.version ?? 0);
        await refetch();
        notify.done(t('relationships.deleted'), {
          label: t('relationships.undo'),
          onClick: () => {
            void restore[kind](row.id)
              .then(refetch)
              .then(() => notify.done(t('relationships.restored')))
              .catch(notify.failed);
          },
        });
      } catch (failure) {
        notify.failed(failure);
      }
    })();
  };

  const historyOf = (kind: LinkKind) => (row: DatedRow) =>
    setOpen({ kind, id: row.id, name: row.name ?? t('relationships.history') });

  const common = {
    id: open?.id ?? null,
    title: t('relationships.historyOf', { name: open?.name ?? '' }),
    onClose: () => setOpen(null),
    names,
  };
  const dialog =
    open?.kind === 'relationship' ? (
      <HistoryDialog
        {...common}
        document={RelationshipHistoryDocument}
        enums={{ type: 'RelationshipType' }}
      />
    ) : open?.kind === 'coreGroupMembership' ? (
      <HistoryDialog {...common} document={CoreGroupMembershipHistoryDocument} />
    ) : open?.kind === 'affiliation' ? (
      <HistoryDialog {...common} document={AffiliationHistoryDocument} />
    ) : null;
  return { historyOf, deleteOf, dialog };
}
