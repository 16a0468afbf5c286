import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../../auth/CurrentUser';
import { aCurrentUser } from '../../test/factories';
import { renderWithProviders } from '../../test/render';
import { PickerCreateOrganizationDocument } from './pickerDocuments';
import { anOrganization, aPerson, countriesMock, searchMock } from './pickerFixtures';
import { RecordPicker } from './RecordPicker';
import type { PickedRecord, RecordKind } from './records';

function Harness({
  onChange,
  kinds,
  initial = [],
}: {
  onChange: (value: PickedRecord[]) => void;
  kinds?: RecordKind[];
  initial?: PickedRecord[];
}) {
  const [value, setValue] = useState<PickedRecord[]>(initial);
  return (
    <CurrentUserProvider user={aCurrentUser()}>
      <RecordPicker
        label="Who took part"
        kinds={kinds}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
      />
    </CurrentUserProvider>
  );
}

describe('RecordPicker', () => {
  it('finds organisations and people together and picks with the keyboard', async () => {
    const onChange = vi.fn();
    const { user } = renderWithProviders(<Harness onChange={onChange} />, {
      mocks: [searchMock('Am', [anOrganization()], [aPerson()])],
    });
    const field = screen.getByRole('combobox', { name: 'Who took part' });
    await user.type(field, 'Am');

    const organization = await screen.findByRole('option', { name: /Amani Peace Network \(APN\)/ });
    expect(organization).toHaveTextContent('Civil society network · 🇰🇪 Kenya');
    expect(screen.getByRole('option', { name: /Amal Haddad/ })).toHaveTextContent(
      'Person · Beirut Dialogue Forum · 🇱🇧 Lebanon',
    );

    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith([
        expect.objectContaining({ kind: 'PERSON', id: aPerson().id, name: 'Amal Haddad' }),
      ]),
    );
    expect(field).toHaveValue('');
    expect(screen.getByText('Amal Haddad')).toBeInTheDocument();

    await user.keyboard('{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('shows a withheld record as withheld, never blank', async () => {
    const { user } = renderWithProviders(<Harness onChange={vi.fn()} kinds={['ORGANIZATION']} />, {
      mocks: [
        searchMock('Sa', [anOrganization({ name: null, acronym: null, withheld: ['name'] })], [], {
          withOrganizations: true,
          withPeople: false,
        }),
      ],
    });
    await user.type(screen.getByRole('combobox', { name: 'Who took part' }), 'Sa');
    expect(await screen.findByRole('option', { name: /Withheld/ })).toBeInTheDocument();
  });

  it('creates a missing organisation with a name and a country and picks it at once', async () => {
    const onChange = vi.fn();
    const created = anOrganization({
      id: '10000000-0000-4000-8000-000000000077',
      name: 'Sahel Women Mediators',
      acronym: null,
      kind: 'CSO',
    });
    const create = vi.fn(() => ({ data: { createOrganization: created } }));
    const { user } = renderWithProviders(<Harness onChange={onChange} />, {
      mocks: [
        searchMock('Sahel Women Mediators', [], []),
        countriesMock,
        {
          request: {
            query: PickerCreateOrganizationDocument,
            variables: { input: { name: 'Sahel Women Mediators', kind: 'CSO', countryCode: 'KE' } },
          },
          result: create,
        },
      ],
    });
    await user.type(screen.getByRole('combobox', { name: 'Who took part' }), 'Sahel Women Mediators');
    const option = await screen.findByRole('option', { name: 'Create organisation “Sahel Women Mediators”' });
    await user.click(option);

    const panel = await screen.findByRole('group', { name: 'New organisation' });
    expect(panel).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name of the organisation' })).toHaveValue(
      'Sahel Women Mediators',
    );
    const country = screen.getByRole('combobox', { name: 'Country' });
    await waitFor(() => expect(country).toHaveFocus());
    await user.type(country, 'Ken');
    await user.keyboard('{Enter}');
    expect(country).toHaveValue('🇰🇪 Kenya');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(create).toHaveBeenCalled());
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith([
        expect.objectContaining({ kind: 'ORGANIZATION', id: created.id, name: 'Sahel Women Mediators' }),
      ]),
    );
    expect(screen.queryByRole('group', { name: 'New organisation' })).not.toBeInTheDocument();
  });
});
