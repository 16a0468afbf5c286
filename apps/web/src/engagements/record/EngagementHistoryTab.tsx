import { useTranslation } from 'react-i18next';
import { RecordHistoryOf } from '../../ui/history';
import { EngagementHistoryDocument } from '../documents';
import { isEngagementType } from '../form/engagementDraft';
import { useEngagementReference } from '../useEngagementReference';

const LABELS: Record<string, string> = {
  type: 'form.type',
  title: 'form.title',
  date: 'form.date',
  summary: 'form.summary',
  themes: 'form.themes',
  policyProcesses: 'form.policyProcesses',
  organizations: 'history.organizations',
  people: 'history.people',
  staff: 'form.staff',
  staffIds: 'form.staff',
  outcome: 'page.outcome',
  place: 'history.place',
  online: 'page.online',
  countryCode: 'history.country',
};

/** The engagement's changes, newest first: loaded when the tab opens, older ones on demand. */
export function EngagementHistoryTab({ id }: { id: string }) {
  const { t } = useTranslation(['engagements', 'ui']);
  const reference = useEngagementReference();

  const label = (field: string) => {
    const key = LABELS[field];
    return key ? t(key as 'form.title') : undefined;
  };
  const format = (field: string, value: string) => {
    if (field === 'type' && isEngagementType(value)) return t(`ui:enum.EngagementType.${value}`);
    if (field === 'themes' || field === 'policyProcesses') {
      const name = field === 'themes' ? reference.themeName : reference.processName;
      try {
        const keys = JSON.parse(value) as unknown;
        if (Array.isArray(keys)) return keys.map((k) => name(String(k))).join(', ');
      } catch {
        return value
          .split(',')
          .map((k) => name(k.trim()))
          .join(', ');
      }
    }
    return value;
  };

  return (
    <RecordHistoryOf document={EngagementHistoryDocument} id={id} fieldLabel={label} formatValue={format} />
  );
}
