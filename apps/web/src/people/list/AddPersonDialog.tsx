import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationPicker } from '../../directory/OrganizationPicker';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { toAppError, type AppError } from '../../ui/errors';
import { mapFieldErrors } from '../../ui/fieldErrors';
import { AddPrimaryAffiliationDocument, CreatePersonDocument } from './peopleListDocuments';

const FIELDS = ['fullName', 'countryCode'] as const;

/** "Add person": a name, a country and (optionally) where they work; the rest can wait. */
export function AddPersonDialog({
  opened,
  onClose,
  countries,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  countries: { iso2: string; name: string; flag: string }[] | undefined;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation('directory');
  const [name, setName] = useState('');
  const [countryCode, setCountryCode] = useState<string | null>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const evictPeople = {
    update: (cache: { evict: (o: { fieldName: string }) => boolean }) => cache.evict({ fieldName: 'people' }),
  };
  const [createPerson] = useMutation(CreatePersonDocument, evictPeople);
  const [addAffiliation] = useMutation(AddPrimaryAffiliationDocument, evictPeople);
  const server = mapFieldErrors(serverError, FIELDS);

  const close = () => {
    setName('');
    setCountryCode(null);
    setOrganizationId(null);
    setNameError(undefined);
    setServerError(null);
    onClose();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t('add.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      const result = await createPerson({
        variables: { input: { fullName: name.trim(), ...(countryCode ? { countryCode } : {}) } },
      });
      const id = result.data?.createPerson.id;
      if (id && organizationId)
        // The person exists now: a failed affiliation is reported on their page, not lost in this dialog.
        await addAffiliation({
          variables: { input: { personId: id, organizationId, isPrimary: true } },
        }).catch(() => undefined);
      close();
      if (id) onCreated(id);
    } catch (error) {
      setServerError(toAppError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('people.addTitle')}
      closeButtonProps={{ 'aria-label': t('views.close') }}
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('add.restCanWait')}
          </Text>
          {serverError && (server.other.length > 0 || server.byField.fullName === undefined) ? (
            <ErrorAlert error={serverError} otherFields={server.other} />
          ) : null}
          <TextInput
            label={t('add.personName')}
            required
            data-autofocus
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setNameError(undefined);
            }}
            error={nameError ?? server.byField.fullName}
          />
          <Select
            label={t('add.country')}
            searchable
            clearable
            nothingFoundMessage={t('add.noCountry')}
            data={(countries ?? []).map((c) => ({ value: c.iso2, label: `${c.flag} ${c.name}` }))}
            value={countryCode}
            onChange={setCountryCode}
            error={server.byField.countryCode}
          />
          <OrganizationPicker
            label={t('add.organization')}
            value={organizationId}
            onChange={setOrganizationId}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('views.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('add.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
