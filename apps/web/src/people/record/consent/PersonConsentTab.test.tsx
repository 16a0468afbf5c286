import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConsentMethod, ConsentPurpose, ConsentState } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import {
  PersonConsentDocument,
  PersonConsentHistoryDocument,
  RecordConsentDocument,
  WithdrawConsentDocument,
} from './consentDocuments';
import { localToday, PURPOSES } from './consentOptions';
import { PersonConsentTab } from './PersonConsentTab';

const ID = '00000000-0000-4000-8000-0000000000aa';

interface Consent {
  __typename: 'PersonConsent';
  purpose: ConsentPurpose;
  state: ConsentState;
  givenOn: string | null;
  wordingVersion: string | null;
  method: ConsentMethod | null;
  takenBy: string | null;
  recordedByName: string | null;
  recordedAt: string | null;
  withdrawnOn: string | null;
}

function consent(
  purpose: ConsentPurpose,
  state: ConsentState = 'NOT_ASKED',
  extra: Partial<Consent> = {},
): Consent {
  return {
    __typename: 'PersonConsent',
    purpose,
    state,
    givenOn: null,
    wordingVersion: null,
    method: null,
    takenBy: null,
    recordedByName: null,
    recordedAt: null,
    withdrawnOn: null,
    ...extra,
  };
}

function personMock(consents: Consent[] | null, version = 3) {
  return {
    request: { query: PersonConsentDocument, variables: { id: ID } },
    result: {
      data: {
        person: {
          __typename: 'Person' as const,
          id: ID,
          version,
          withheld: consents ? [] : ['fullName', 'email'],
          deletedAt: null,
          consents,
        },
      },
    },
  };
}

function event(id: string, purpose: ConsentPurpose, action: 'GIVEN' | 'WITHDRAWN', extra = {}) {
  return {
    __typename: 'ConsentEvent' as const,
    id,
    purpose,
    action,
    date: '2026-03-02',
    wordingVersion: action === 'GIVEN' ? '2026-v2' : null,
    method: 'WRITTEN_FORM' as const,
    takenBy: null,
    note: null,
    recordedByName: 'Jonas Berg',
    recordedAt: '2026-03-02T10:00:00.000Z',
    ...extra,
  };
}

function historyMock(events: ReturnType<typeof event>[]) {
  return {
    request: { query: PersonConsentHistoryDocument, variables: { id: ID } },
    result: { data: { personConsentHistory: events } },
  };
}

const contactGiven = consent('CONTACT', 'GIVEN', {
  givenOn: '2026-03-02',
  wordingVersion: '2026-v2',
  method: 'WRITTEN_FORM',
  recordedByName: 'Jonas Berg',
  recordedAt: '2026-03-02T10:00:00.000Z',
});
const initial = PURPOSES.map((p) => (p === 'CONTACT' ? contactGiven : consent(p)));

describe('PersonConsentTab', () => {
  it('shows the seven purposes with their state in words, and the history of changes', async () => {
    renderWithProviders(<PersonConsentTab id={ID} canEdit />, {
      mocks: [personMock(initial), historyMock([event('1', 'CONTACT', 'GIVEN')])],
    });
    const table = await screen.findByRole('table', { name: 'Consent per purpose' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    const contact = within(table).getByRole('rowheader', { name: 'Being contacted' }).closest('tr')!;
    expect(contact).toHaveTextContent('Given');
    expect(contact).toHaveTextContent('2026-v2');
    expect(contact).toHaveTextContent('Written form');
    expect(contact).toHaveTextContent('Jonas Berg');
    const listing = within(table).getByRole('rowheader', { name: 'Listed as a participant' }).closest('tr')!;
    expect(listing).toHaveTextContent('Not asked');
    // Withdraw is offered where consent is given; elsewhere, record it.
    expect(screen.getByRole('button', { name: 'Withdraw consent: Being contacted' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Withdraw consent: Listed as a participant' }),
    ).not.toBeInTheDocument();
    const history = await screen.findByRole('table', { name: 'Changes to consent' });
    expect(within(history).getAllByRole('row')).toHaveLength(2);
  });

  it('records consent through the dialog, checking the wording version first', async () => {
    const today = localToday();
    const after = PURPOSES.map((p) =>
      p === 'CONTACT'
        ? contactGiven
        : p === 'LIST_AS_PARTICIPANT'
          ? consent(p, 'GIVEN', { givenOn: today, wordingVersion: '2026-v3', method: 'EMAIL' })
          : consent(p),
    );
    const { user } = renderWithProviders(<PersonConsentTab id={ID} canEdit />, {
      mocks: [
        personMock(initial),
        historyMock([event('1', 'CONTACT', 'GIVEN')]),
        {
          request: {
            query: RecordConsentDocument,
            variables: {
              input: {
                personId: ID,
                version: 3,
                purposes: ['LIST_AS_PARTICIPANT'],
                date: today,
                method: 'EMAIL',
                takenBy: null,
                note: 'Reply of 2 March',
                wordingVersion: '2026-v3',
              },
            },
          },
          result: {
            data: {
              recordConsent: { __typename: 'Person', id: ID, version: 4, updatedAt: '2026-03-03T00:00:00Z' },
            },
          },
        },
        personMock(after, 4),
        historyMock([
          event('2', 'LIST_AS_PARTICIPANT', 'GIVEN', { wordingVersion: '2026-v3', date: today }),
          event('1', 'CONTACT', 'GIVEN'),
        ]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Record consent: Listed as a participant' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record consent' });
    // The purpose it was opened for is ticked; the wording version is prefilled with the last one used.
    expect(within(dialog).getByRole('checkbox', { name: 'Listed as a participant' })).toBeChecked();
    const wording = within(dialog).getByRole('textbox', { name: /Wording version/ });
    expect(wording).toHaveValue('2026-v2');
    await user.clear(wording);
    await user.click(within(dialog).getByRole('button', { name: 'Record consent' }));
    expect(
      await within(dialog).findByText('Give the wording version the person agreed to, e.g. 2026-v2.'),
    ).toBeInTheDocument();

    await user.type(wording, '2026-v3');
    await user.click(within(dialog).getAllByLabelText(/^How/)[0]);
    await user.click(await screen.findByRole('option', { name: 'Email' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'Reply of 2 March');
    await user.click(within(dialog).getByRole('button', { name: 'Record consent' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Consent recorded.')).toBeInTheDocument();
    const listing = screen.getByRole('rowheader', { name: 'Listed as a participant' }).closest('tr')!;
    await waitFor(() => expect(listing).toHaveTextContent('Given'));
    expect(listing).toHaveTextContent('2026-v3');
  });

  it('asks who heard verbal consent before withdrawing', async () => {
    const today = localToday();
    const { user } = renderWithProviders(<PersonConsentTab id={ID} canEdit />, {
      mocks: [
        personMock(initial),
        historyMock([event('1', 'CONTACT', 'GIVEN')]),
        {
          request: {
            query: WithdrawConsentDocument,
            variables: {
              input: {
                personId: ID,
                version: 3,
                purposes: ['CONTACT'],
                date: today,
                method: 'VERBAL',
                takenBy: 'Ana',
                note: null,
              },
            },
          },
          result: {
            data: {
              withdrawConsent: {
                __typename: 'Person',
                id: ID,
                version: 4,
                updatedAt: '2026-03-03T00:00:00Z',
              },
            },
          },
        },
        personMock(
          PURPOSES.map((p) =>
            p === 'CONTACT'
              ? { ...contactGiven, state: 'WITHDRAWN' as const, withdrawnOn: today }
              : consent(p),
          ),
          4,
        ),
        historyMock([event('2', 'CONTACT', 'WITHDRAWN'), event('1', 'CONTACT', 'GIVEN')]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Withdraw consent: Being contacted' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a withdrawal of consent' });
    // Only what is given can be withdrawn.
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(dialog).queryByRole('textbox', { name: /Wording version/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getAllByLabelText(/^How/)[0]);
    await user.click(await screen.findByRole('option', { name: 'Verbal' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record withdrawal' }));
    expect(await within(dialog).findByText('Say who heard the verbal consent.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Taken by/ }), 'Ana');
    await user.click(within(dialog).getByRole('button', { name: 'Record withdrawal' }));
    const contact = screen.getByRole('rowheader', { name: 'Being contacted' }).closest('tr')!;
    await waitFor(() => expect(contact).toHaveTextContent('Withdrawn'));
  });

  it('shows a protected person’s consent as withheld, and offers nothing', async () => {
    renderWithProviders(<PersonConsentTab id={ID} canEdit />, { mocks: [personMock(null)] });
    expect(await screen.findByText('Withheld — ask a cleared colleague')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record consent' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers no actions to those who only read', async () => {
    renderWithProviders(<PersonConsentTab id={ID} canEdit={false} />, {
      mocks: [personMock(initial), historyMock([])],
    });
    await screen.findByRole('table', { name: 'Consent per purpose' });
    expect(screen.queryAllByRole('button', { name: /Record|Withdraw/ })).toHaveLength(0);
    expect(await screen.findByText(/No consent recorded yet/)).toBeInTheDocument();
  });
});
