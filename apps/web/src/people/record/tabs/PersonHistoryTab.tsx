import { RecordHistoryOf } from '../../../ui/history';
import { PersonHistoryDocument } from '../personDocuments';
import { usePersonFieldLabel } from './personFields';

export function PersonHistoryTab({ id }: { id: string }) {
  const fieldLabel = usePersonFieldLabel();
  return <RecordHistoryOf document={PersonHistoryDocument} id={id} fieldLabel={fieldLabel} />;
}
