import { RecordHistoryOf } from '../../../ui/history';
import { OrganizationHistoryDocument } from '../organizationDocuments';
import { useOrganizationFieldLabel } from './organizationFields';

export function OrganizationHistoryTab({ id }: { id: string }) {
  const fieldLabel = useOrganizationFieldLabel();
  return <RecordHistoryOf document={OrganizationHistoryDocument} id={id} fieldLabel={fieldLabel} />;
}
