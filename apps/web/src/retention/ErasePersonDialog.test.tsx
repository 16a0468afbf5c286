import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { ErasePersonDocument } from './documents';
import { ErasePersonDialog } from './ErasePersonDialog';

const PERSON = { id: '00000000-0000-4000-8000-000000000042', fullName: 'Amina Diallo' };

describe('ErasePersonDialog', () => {
  it('says it cannot be undone and erases only once the name is typed exactly and a reason given', async () => {
    const onErased = vi.fn();
    const erased = vi.fn(() => ({
      data: {
        __typename: 'Mutation' as const,
        erasePerson: {
          __typename: 'ErasedPerson' as const,
          id: PERSON.id,
          erasedAt: '2026-11-28T10:00:00.000Z',
        },
      },
    }));
    const { user } = renderWithProviders(
      <ErasePersonDialog opened onClose={() => undefined} person={PERSON} onErased={onErased} />,
      {
        mocks: [
          {
            request: {
              query: ErasePersonDocument,
              variables: { input: { id: PERSON.id, reason: 'Asked by email on 3 March' } },
            },
            result: erased,
          },
        ],
      },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Erase Amina Diallo' });
    expect(dialog).toHaveTextContent('This cannot be undone');
    const confirm = screen.getByRole('button', { name: 'Erase for good' });
    expect(confirm).toBeDisabled();

    await user.type(screen.getByRole('textbox', { name: /Why/ }), '  Asked by email on 3 March ');
    await user.type(screen.getByRole('textbox', { name: /Type “Amina Diallo” to confirm/ }), 'amina diallo');
    expect(confirm).toBeDisabled();
    expect(screen.getByText('Type the name exactly as shown.')).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: /Type “Amina Diallo” to confirm/ }));
    await user.type(screen.getByRole('textbox', { name: /Type “Amina Diallo” to confirm/ }), 'Amina Diallo');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    await waitFor(() => expect(onErased).toHaveBeenCalledTimes(1));
    expect(erased).toHaveBeenCalledTimes(1);
  });
});
