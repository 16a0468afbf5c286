import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../gql/graphql';
import { ErrorAlert } from '../ErrorAlert';
import { toAppError, type AppError } from '../errors';
import { mapFieldErrors } from '../fieldErrors';
import {
  PickerCountriesDocument,
  PickerCreateOrganizationDocument,
  PickerCreatePersonDocument,
} from './pickerDocuments';
import { pickedOrganization, pickedPerson, type PickedRecord, type RecordKind } from './records';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'CSO',
  'CSO_NETWORK',
  'INTERNATIONAL_NGO',
  'ACADEMIC',
  'FOUNDATION_DONOR',
  'REGIONAL_ORGANIZATION',
  'UN_ENTITY',
  'MEMBER_STATE',
  'OBSERVER_STATE',
  'OTHER',
];

type Field = 'name' | 'kind' | 'countryCode';

/**
 * The small form a RecordPicker opens under itself to add a missing organisation or person: organisation or
 * person, name, country (and, for an organisation, its kind, civil society by default). The rest can wait for
 * the record's page. Not a <form>: it lives inside other forms; Enter creates, Escape cancels.
 */
export function CreateRecordPanel({
  initialKind,
  initialName,
  kinds,
  onCreated,
  onCancel,
}: {
  initialKind: RecordKind;
  initialName: string;
  kinds: readonly RecordKind[];
  onCreated: (record: PickedRecord) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['engagements', 'ui']);
  const headingId = useId();
  const countryRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<RecordKind>(initialKind);
  const [name, setName] = useState(initialName);
  const [organizationKind, setOrganizationKind] = useState<OrganizationKind>('CSO');
  const [countryCode, setCountryCode] = useState<string | null>(null);
  const [nameMissing, setNameMissing] = useState(false);
  const [serverError, setServerError] = useState<AppError | null>(null);
  const countries = useQuery(PickerCountriesDocument);
  const [createOrganization, organizationState] = useMutation(PickerCreateOrganizationDocument);
  const [createPerson, personState] = useMutation(PickerCreatePersonDocument);
  const saving = organizationState.loading || personState.loading;

  useEffect(() => {
    (initialName.trim() ? countryRef.current : document.getElementById(`${headingId}-name`))?.focus();
  }, [headingId, initialName]);

  const server = mapFieldErrors<Field>(
    serverError
      ? {
          ...serverError,
          fields: serverError.fields.map((f) => (f.field === 'fullName' ? { ...f, field: 'name' } : f)),
        }
      : null,
    ['name', 'kind', 'countryCode'],
  );

  const create = async () => {
    if (saving) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setNameMissing(true);
      document.getElementById(`${headingId}-name`)?.focus();
      return;
    }
    setServerError(null);
    try {
      if (kind === 'ORGANIZATION') {
        const { data } = await createOrganization({
          variables: { input: { name: trimmed, kind: organizationKind, countryCode } },
        });
        if (data) onCreated(pickedOrganization(data.createOrganization));
      } else {
        const { data } = await createPerson({ variables: { input: { fullName: trimmed, countryCode } } });
        if (data) onCreated(pickedPerson(data.createPerson));
      }
    } catch (error) {
      setServerError(toAppError(error));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const inOpenList = target.getAttribute('data-mantine-stop-propagation') === 'true';
    if (event.key === 'Escape' && !inOpenList) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && !inOpenList && target.tagName === 'INPUT') {
      // Enter in a field creates the record rather than submitting the form around the picker.
      event.preventDefault();
      event.stopPropagation();
      void create();
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      mt="xs"
      radius="md"
      role="group"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      data-picker-create
      bg="var(--mantine-color-gray-0)"
    >
      <Stack gap="sm">
        <Text id={headingId} fw={600} size="sm">
          {kind === 'ORGANIZATION' ? t('pickers.newOrganization') : t('pickers.newPerson')}
        </Text>
        {serverError ? <ErrorAlert error={serverError} otherFields={server.other} /> : null}
        {kinds.length > 1 ? (
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v === 'PERSON' ? 'PERSON' : 'ORGANIZATION')}
            aria-label={t('pickers.recordKind')}
            data={[
              { value: 'ORGANIZATION', label: t('pickers.organization') },
              { value: 'PERSON', label: t('pickers.person') },
            ]}
          />
        ) : null}
        <TextInput
          id={`${headingId}-name`}
          label={kind === 'ORGANIZATION' ? t('pickers.organizationName') : t('pickers.personName')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setNameMissing(false);
          }}
          required
          error={nameMissing ? t('pickers.nameRequired') : server.byField.name}
          data-mantine-stop-propagation
          autoComplete="off"
        />
        {kind === 'ORGANIZATION' ? (
          <Select
            label={t('pickers.organizationKind')}
            value={organizationKind}
            onChange={(v) => v && setOrganizationKind(v)}
            allowDeselect={false}
            data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`ui:enum.OrganizationKind.${k}`) }))}
            error={server.byField.kind}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        <Select
          ref={countryRef}
          label={t('pickers.country')}
          placeholder={t('pickers.countryPlaceholder')}
          value={countryCode}
          onChange={setCountryCode}
          searchable
          clearable
          selectFirstOptionOnChange
          nothingFoundMessage={countries.loading ? t('pickers.searching') : t('pickers.noCountry')}
          data={(countries.data?.countries ?? []).map((c) => ({
            value: c.iso2,
            label: `${c.flag} ${c.name}`,
          }))}
          error={server.byField.countryCode}
          comboboxProps={{ withinPortal: true }}
          clearButtonProps={{ 'aria-label': t('pickers.clearCountry') }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} size="sm">
            {t('pickers.cancel')}
          </Button>
          <Button onClick={() => void create()} loading={saving} size="sm">
            {t('pickers.createAndAdd')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
