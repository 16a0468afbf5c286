import '@mantine/dates/styles.css';
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRecord_PersonFragment } from '../../../gql/graphql';
import {
  AddAffiliationDocument,
  EndAffiliationDocument,
} from '../../../organizations/record/common/commonDocuments';
import { DatedTable } from '../../../organizations/record/common/DatedTable';
import { EndDialog } from '../../../organizations/record/common/EndDialog';
import { useLinkActions } from '../../../organizations/record/common/useLinkActions';
import { today } from '../../../organizations/record/common/useRecordTab';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RecordPicker } from '../../../ui/pickers/RecordPicker';
import type { PickedRecord } from '../../../ui/pickers/records';
import { Withheld } from '../../../ui/protection/Withheld';

/** Where the person works and worked: role, dates, primary; add and end affiliations. */
export function PersonRelationshipsTab({
  personId,
  personName,
  affiliations,
  canEdit,
  onChanged,
}: {
  personId: string;
  personName: string | null;
  affiliations: PersonRecord_PersonFragment['affiliations'];
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation(['people', 'organizations', 'ui']);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<{ id: string; version: number } | null>(null);
  const [end] = useMutation(EndAffiliationDocument);
  const names: Record<string, string> = personName ? { [personId]: personName } : {};
  for (const a of affiliations ?? []) if (a.organization.name) names[a.organization.id] = a.organization.name;
  const links = useLinkActions(() => Promise.resolve(onChanged()), names);
  if (affiliations === null) return <Withheld />;
  return (
    <>
      <DatedTable
        title={t('people:affiliations.title')}
        rows={affiliations.map((a) => ({
          id: a.id,
          label: a.role ?? t('organizations:relationships.noRole'),
          other: {
            id: a.organization.id,
            name: a.organization.name ?? null,
            withheld: a.organization.withheld.includes('name'),
            href: `/organizations/${a.organization.id}`,
          },
          startDate: a.startDate,
          endDate: a.endDate,
          version: a.version,
          name: a.organization.name ?? t('ui:withheld.label'),
          badge: a.isPrimary ? (
            <Badge size="xs" variant="light">
              {t('organizations:relationships.primary')}
            </Badge>
          ) : null,
        }))}
        empty={t('people:affiliations.empty')}
        otherHeader={t('organizations:relationships.organization')}
        labelHeader={t('organizations:relationships.role')}
        onAdd={canEdit ? () => setAdding(true) : undefined}
        addLabel={t('people:affiliations.add')}
        onEnd={
          canEdit
            ? (row) =>
                setEnding({ id: row.id, version: affiliations.find((a) => a.id === row.id)?.version ?? 0 })
            : undefined
        }
        onHistory={links.historyOf('affiliation')}
        onDelete={canEdit ? links.deleteOf('affiliation') : undefined}
      />
      {links.dialog}
      <AddAffiliationModal
        personId={personId}
        opened={adding}
        onClose={() => setAdding(false)}
        onAdded={onChanged}
      />
      <EndDialog
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={t('people:affiliations.endTitle')}
        description={t('organizations:relationships.endExplain')}
        onEnd={async (endDate) => {
          if (!ending) return;
          await end({ variables: { input: { ...ending, endDate } } });
          notifications.show({ color: 'green', message: t('organizations:relationships.endedToast') });
          onChanged();
        }}
      />
    </>
  );
}

function AddAffiliationModal({
  personId,
  opened,
  onClose,
  onAdded,
}: {
  personId: string;
  opened: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation(['people', 'organizations']);
  const { t: tc } = useTranslation();
  const [organization, setOrganization] = useState<PickedRecord[]>([]);
  const [role, setRole] = useState('');
  const [startDate, setStartDate] = useState<string | null>(today());
  const [isPrimary, setIsPrimary] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [add, { loading }] = useMutation(AddAffiliationDocument);

  const close = () => {
    setOrganization([]);
    setRole('');
    setStartDate(today());
    setIsPrimary(false);
    setAttempted(false);
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const picked = organization[0];
    if (!picked) return;
    setError(null);
    try {
      await add({
        variables: {
          input: {
            personId,
            organizationId: picked.id,
            role: role.trim() || null,
            startDate: startDate ? startDate.slice(0, 10) : null,
            isPrimary,
          },
        },
      });
      notifications.show({ color: 'green', message: t('organizations:relationships.added') });
      onAdded();
      close();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('people:affiliations.addTitle')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <RecordPicker
            label={t('organizations:relationships.organization')}
            kinds={['ORGANIZATION']}
            value={organization}
            onChange={(picked) => setOrganization(picked.slice(-1))}
            required
            autoFocusInModal
            error={
              attempted && organization.length === 0
                ? t('organizations:relationships.pickOrganization')
                : undefined
            }
          />
          <TextInput
            label={t('organizations:relationships.role')}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value)}
          />
          <DateInput
            label={t('organizations:relationships.startDate')}
            value={startDate}
            onChange={setStartDate}
            valueFormat="D MMMM YYYY"
            clearable
          />
          <Checkbox
            label={t('people:affiliations.primary')}
            checked={isPrimary}
            onChange={(event) => setIsPrimary(event.currentTarget.checked)}
          />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('organizations:relationships.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
