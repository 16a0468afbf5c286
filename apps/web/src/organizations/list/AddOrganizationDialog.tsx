import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { toAppError, type AppError } from '../../ui/errors';
import { mapFieldErrors } from '../../ui/fieldErrors';
import { CreateOrganizationDocument } from './organizationsListDocuments';
import { ORGANIZATION_KINDS } from './organizationKinds';

const FIELDS = ['name', 'kind', 'countryCode'] as const;

/** "Add organisation": a name, a kind and a country; the rest can wait (it is edited on its page). */
export function AddOrganizationDialog({
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
  const { t } = useTranslation(['directory', 'ui']);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('CSO');
  const [countryCode, setCountryCode] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [create, { loading }] = useMutation(CreateOrganizationDocument, {
    // A new organisation belongs in the directory's lists: they are asked again when next shown.
    update: (cache) => cache.evict({ fieldName: 'organizations' }),
  });
  const server = mapFieldErrors(serverError, FIELDS);

  const close = () => {
    setName('');
    setKind('CSO');
    setCountryCode(null);
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
    try {
      const result = await create({
        variables: { input: { name: name.trim(), kind, ...(countryCode ? { countryCode } : {}) } },
      });
      const id = result.data?.createOrganization.id;
      close();
      if (id) onCreated(id);
    } catch (error) {
      setServerError(toAppError(error));
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('organizations.addTitle')}
      closeButtonProps={{ 'aria-label': t('views.close') }}
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('add.restCanWait')}
          </Text>
          {serverError && (server.other.length > 0 || server.byField.name === undefined) ? (
            <ErrorAlert error={serverError} otherFields={server.other} />
          ) : null}
          <TextInput
            label={t('add.organizationName')}
            required
            data-autofocus
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setNameError(undefined);
            }}
            error={nameError ?? server.byField.name}
          />
          <Select
            label={t('add.kind')}
            required
            allowDeselect={false}
            data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`ui:enum.OrganizationKind.${k}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value)}
            error={server.byField.kind}
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
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('views.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('add.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
