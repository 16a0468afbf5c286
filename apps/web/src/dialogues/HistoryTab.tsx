import { useTranslation } from 'react-i18next';
import { RecordHistoryOf } from '../ui/history';
import { DialogueHistoryDocument } from './documents';

/** Every change to the Dialogue, newest first, through the shared RecordHistory. */
export function HistoryTab({ dialogueId }: { dialogueId: string }) {
  const { t } = useTranslation(['dialogues', 'ui']);
  return (
    <RecordHistoryOf
      document={DialogueHistoryDocument}
      id={dialogueId}
      fieldLabel={(field) => {
        const key = `form.${field}` as 'form.title';
        return t(key, { defaultValue: '' }) || undefined;
      }}
    />
  );
}
