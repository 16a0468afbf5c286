import { useQuery } from '@apollo/client/react';
import {
  Combobox,
  Group,
  Loader,
  Pill,
  PillsInput,
  Text,
  ThemeIcon,
  useCombobox,
  type ComboboxProps,
} from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { IconBuildingCommunity, IconLock, IconPlus, IconUser } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/permissions';
import type { RecordPicker_OrganizationFragment, RecordPicker_PersonFragment } from '../../gql/graphql';
import { CreateRecordPanel } from './CreateRecordPanel';
import { RecordPickerSearchDocument } from './pickerDocuments';
import {
  optionValue,
  pickedOrganization,
  pickedPerson,
  primaryOrganizationOf,
  RECORD_KINDS,
  type PickedRecord,
  type RecordKind,
} from './records';

/** How many of each kind one keystroke brings back. */
export const RECORD_PICKER_LIMIT = 8;
/** The pause after the last keystroke before searching: one request per pause, not per key. */
export const RECORD_PICKER_DEBOUNCE_MS = 200;

export interface RecordPickerProps {
  /** The picked records, in the order picked. */
  value: readonly PickedRecord[];
  onChange: (value: PickedRecord[]) => void;
  /** The accessible name, shown above the field. */
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** Restrict to organisations or people; both by default. */
  kinds?: readonly RecordKind[];
  /** Offer "Create “…”" for a missing record (only to users who may write to the register). Default true. */
  allowCreate?: boolean;
  /** Set on the text field, so a form can focus it by name after a failed save. */
  name?: string;
  /** The text field's id (generated when not given). */
  id?: string;
  /** Moves focus here when the surrounding modal opens (Mantine's `data-autofocus`). */
  autoFocusInModal?: boolean;
  comboboxProps?: ComboboxProps;
}

type CreateRequest = { kind: RecordKind; name: string } | null;

/**
 * One field that autocompletes organisations and people together as you type (one request per pause in
 * typing), shows each with a second line (kind, country, primary organisation), and can create a missing one
 * with a name and a country, picking it at once. Multi-select with pills; fully keyboard operable: arrows move,
 * Enter picks, Backspace in the empty field removes the last pill.
 */
export function RecordPicker({
  value,
  onChange,
  label,
  description,
  placeholder,
  error,
  required,
  disabled,
  kinds = RECORD_KINDS,
  allowCreate = true,
  name,
  id: idProp,
  autoFocusInModal,
  comboboxProps,
}: RecordPickerProps) {
  const { t } = useTranslation(['engagements', 'ui']);
  const can = useCan();
  const id = useId(idProp);
  const inputRef = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState<CreateRequest>(null);
  const [debounced] = useDebouncedValue(search.trim(), RECORD_PICKER_DEBOUNCE_MS);
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
  });
  const withOrganizations = kinds.includes('ORGANIZATION');
  const withPeople = kinds.includes('PERSON');
  const mayCreate = allowCreate && can('register.write');

  const { data, previousData, loading } = useQuery(RecordPickerSearchDocument, {
    variables: { text: debounced, first: RECORD_PICKER_LIMIT, withOrganizations, withPeople },
    skip: debounced === '',
  });
  const shown = debounced === '' ? undefined : (data ?? previousData);
  const picked = useMemo(() => new Set(value.map(optionValue)), [value]);
  const organizations = (shown?.organizations?.edges ?? [])
    .map((e) => e.node)
    .filter((o) => !picked.has(optionValue({ kind: 'ORGANIZATION', id: o.id })));
  const people = (shown?.people?.edges ?? [])
    .map((e) => e.node)
    .filter((p) => !picked.has(optionValue({ kind: 'PERSON', id: p.id })));
  const typed = search.trim();
  const waiting = typed !== '' && (typed !== debounced || loading);

  // Enter picks the first suggestion as soon as suggestions arrive.
  const firstKey = `${organizations[0]?.id ?? ''}|${people[0]?.id ?? ''}|${typed}|${String(waiting)}`;
  useEffect(() => {
    if (combobox.dropdownOpened) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstKey, combobox.dropdownOpened]);

  const add = (record: PickedRecord) => {
    if (!picked.has(optionValue(record))) onChange([...value, record]);
    setSearch('');
    // Nothing typed, nothing to suggest: the list closes and uncovers the fields below.
    combobox.closeDropdown();
  };
  const remove = (record: PickedRecord) =>
    onChange(value.filter((r) => optionValue(r) !== optionValue(record)));

  const submit = (option: string) => {
    if (option.startsWith('create:')) {
      const kind: RecordKind = option === 'create:o' ? 'ORGANIZATION' : 'PERSON';
      combobox.closeDropdown();
      setCreating({ kind, name: typed });
      return;
    }
    const organization = organizations.find(
      (o) => optionValue({ kind: 'ORGANIZATION', id: o.id }) === option,
    );
    if (organization) add(pickedOrganization(organization));
    const person = people.find((p) => optionValue({ kind: 'PERSON', id: p.id }) === option);
    if (person) add(pickedPerson(person));
    combobox.updateSelectedOptionIndex('selected');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Backspace' && search.length === 0 && value.length > 0) {
      event.preventDefault();
      onChange(value.slice(0, -1));
    }
  };

  const pills = value.map((record) => {
    const recordName = record.name ?? t('ui:withheld.label');
    return (
      <Pill
        key={optionValue(record)}
        withRemoveButton={!disabled}
        onRemove={() => remove(record)}
        removeButtonProps={{ 'aria-label': t('pickers.remove', { name: recordName }) }}
      >
        <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
          {record.name === null ? (
            <IconLock size={12} aria-hidden />
          ) : record.kind === 'ORGANIZATION' ? (
            <IconBuildingCommunity size={12} aria-hidden />
          ) : (
            <IconUser size={12} aria-hidden />
          )}
          <span>{recordName}</span>
        </Group>
      </Pill>
    );
  });

  const createOptions =
    mayCreate && typed !== '' && !waiting
      ? kinds.map((kind) => (
          <Combobox.Option value={kind === 'ORGANIZATION' ? 'create:o' : 'create:p'} key={kind}>
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon variant="light" size="sm" aria-hidden>
                <IconPlus size={14} />
              </ThemeIcon>
              <Text size="sm">
                {kind === 'ORGANIZATION'
                  ? t('pickers.createOrganization', { name: typed })
                  : t('pickers.createPerson', { name: typed })}
              </Text>
            </Group>
          </Combobox.Option>
        ))
      : [];

  const nothing = organizations.length === 0 && people.length === 0;

  return (
    <>
      <Combobox
        store={combobox}
        onOptionSubmit={submit}
        withinPortal
        position="bottom-start"
        {...comboboxProps}
      >
        <Combobox.DropdownTarget>
          <PillsInput
            id={id}
            label={label}
            description={description}
            error={error}
            required={required}
            disabled={disabled}
            onClick={() => search.trim() && combobox.openDropdown()}
            rightSection={waiting ? <Loader size="xs" aria-hidden /> : null}
          >
            <Pill.Group>
              {pills}
              <Combobox.EventsTarget withExpandedAttribute autoComplete="off">
                <PillsInput.Field
                  id={id}
                  ref={inputRef}
                  name={name}
                  value={search}
                  placeholder={
                    value.length === 0 ? (placeholder ?? t(`pickers.hint.${hintKey(kinds)}`)) : undefined
                  }
                  data-autofocus={autoFocusInModal || undefined}
                  onFocus={() => search.trim() && combobox.openDropdown()}
                  onBlur={() => combobox.closeDropdown()}
                  onChange={(event) => {
                    setSearch(event.currentTarget.value);
                    if (event.currentTarget.value.trim()) combobox.openDropdown();
                    else combobox.closeDropdown();
                    combobox.updateSelectedOptionIndex();
                  }}
                  onKeyDown={onKeyDown}
                />
              </Combobox.EventsTarget>
            </Pill.Group>
          </PillsInput>
        </Combobox.DropdownTarget>

        <Combobox.Dropdown hidden={disabled || typed === ''}>
          <Combobox.Options
            aria-label={typeof label === 'string' ? label : undefined}
            mah={360}
            style={{ overflowY: 'auto' }}
          >
            {typed === '' ? (
              <Combobox.Empty>{t(`pickers.hint.${hintKey(kinds)}`)}</Combobox.Empty>
            ) : waiting && nothing ? (
              <Combobox.Empty>{t('pickers.searching')}</Combobox.Empty>
            ) : (
              <>
                {organizations.length > 0 ? (
                  <Combobox.Group label={t('pickers.organizations')}>
                    {organizations.map((o) => (
                      <OrganizationOption key={o.id} organization={o} />
                    ))}
                  </Combobox.Group>
                ) : null}
                {people.length > 0 ? (
                  <Combobox.Group label={t('pickers.people')}>
                    {people.map((p) => (
                      <PersonOption key={p.id} person={p} />
                    ))}
                  </Combobox.Group>
                ) : null}
                {nothing ? (
                  <Combobox.Empty>{t('pickers.nothingFound', { text: typed })}</Combobox.Empty>
                ) : null}
                {createOptions.length > 0 ? (
                  <Combobox.Group label={t('pickers.createGroup')}>{createOptions}</Combobox.Group>
                ) : null}
              </>
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {creating ? (
        <CreateRecordPanel
          initialKind={creating.kind}
          initialName={creating.name}
          kinds={kinds}
          onCreated={(record) => {
            setCreating(null);
            add(record);
            inputRef.current?.focus();
          }}
          onCancel={() => {
            setCreating(null);
            inputRef.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

function hintKey(kinds: readonly RecordKind[]): 'both' | 'organizations' | 'people' {
  if (kinds.length === 1) return kinds[0] === 'ORGANIZATION' ? 'organizations' : 'people';
  return 'both';
}

function OrganizationOption({ organization }: { organization: RecordPicker_OrganizationFragment }) {
  const { t } = useTranslation(['engagements', 'ui']);
  const withheld = organization.withheld.includes('name') || organization.name === null;
  const country = organization.country;
  const details = [
    t(`ui:enum.OrganizationKind.${organization.kind}`),
    country ? `${country.flag} ${country.name}` : null,
  ].filter(Boolean);
  return (
    <Combobox.Option value={optionValue({ kind: 'ORGANIZATION', id: organization.id })}>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" size="sm" color="blue" aria-hidden>
          {withheld ? <IconLock size={14} /> : <IconBuildingCommunity size={14} />}
        </ThemeIcon>
        <div>
          <Text size="sm" fs={withheld ? 'italic' : undefined}>
            {withheld
              ? t('ui:withheld.label')
              : organization.acronym
                ? `${organization.name} (${organization.acronym})`
                : organization.name}
          </Text>
          <Text size="xs" c="dimmed">
            {details.join(' · ')}
          </Text>
        </div>
      </Group>
    </Combobox.Option>
  );
}

function PersonOption({ person }: { person: RecordPicker_PersonFragment }) {
  const { t } = useTranslation(['engagements', 'ui']);
  const withheld = person.withheld.includes('fullName') || person.fullName === null;
  const organization = primaryOrganizationOf(person);
  const organizationName = organization
    ? organization.withheld.includes('name') || organization.name === null
      ? t('ui:withheld.label')
      : organization.name
    : null;
  const details = [
    t('pickers.person'),
    organizationName,
    person.country ? `${person.country.flag} ${person.country.name}` : null,
  ].filter(Boolean);
  return (
    <Combobox.Option value={optionValue({ kind: 'PERSON', id: person.id })}>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" size="sm" color="teal" aria-hidden>
          {withheld ? <IconLock size={14} /> : <IconUser size={14} />}
        </ThemeIcon>
        <div>
          <Text size="sm" fs={withheld ? 'italic' : undefined}>
            {withheld ? t('ui:withheld.label') : person.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {details.join(' · ')}
          </Text>
        </div>
      </Group>
    </Combobox.Option>
  );
}
