import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../ui/useNotify';
import { UndoMergeDocument } from './documents';

/** Undoes a merge and says what came back (and what stayed, when records changed since). */
export function useUndoMerge() {
  const { t } = useTranslation('duplicates');
  const notify = useNotify();
  const [undoMerge] = useMutation(UndoMergeDocument);
  return async (mergeId: string) => {
    try {
      const result = (await undoMerge({ variables: { id: mergeId } })).data?.undoMerge;
      if (!result) return;
      const parts = [
        result.keptFields.length ? t('undoneKept', { fields: result.keptFields.join(', ') }) : t('undone'),
      ];
      if (result.skippedLinks) parts.push(t('undoneSkipped', { count: result.skippedLinks }));
      notify.done(parts.join(' '));
    } catch (failure) {
      notify.failed(failure);
    }
  };
}
