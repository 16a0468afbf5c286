import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { MaskedValue } from './MaskedValue';
import { ReasonDialog } from './ReasonDialog';

function dialog(onConfirm: (reason: string) => Promise<void>, onClose = vi.fn()) {
  return renderWithProviders(
    <ReasonDialog
      opened
      onClose={onClose}
      title="Reveal contact details"
      intro="This person is protected."
      reasonLabel="Why do you need them?"
      reasonHint="10 to 500 characters"
      confirmLabel="Reveal for 15 minutes"
      onConfirm={onConfirm}
    />,
  );
}

describe('ReasonDialog', () => {
  it('acts only with a reason of at least 10 characters, and sends it trimmed', async () => {
    const onConfirm = vi.fn(() => Promise.resolve());
    const onClose = vi.fn();
    const { user } = dialog(onConfirm, onClose);
    const reason = await screen.findByRole('textbox', { name: /Why do you need them/ });
    await user.type(reason, 'too short');
    await user.click(screen.getByRole('button', { name: 'Reveal for 15 minutes' }));
    expect(await screen.findByText('Say why in at least 10 characters.')).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.type(reason, ' — to send the visa letter  ');
    await user.click(screen.getByRole('button', { name: 'Reveal for 15 minutes' }));
    expect(onConfirm).toHaveBeenCalledWith('too short — to send the visa letter');
    expect(onClose).toHaveBeenCalled();
  });

  it('keeps the dialog open and says what went wrong when the action fails', async () => {
    const onClose = vi.fn();
    const { user } = dialog(
      () => Promise.reject(new Error('This record is protected; ask a cleared colleague.')),
      onClose,
    );
    await user.type(
      await screen.findByRole('textbox', { name: /Why do you need them/ }),
      'To arrange safe transport',
    );
    await user.click(screen.getByRole('button', { name: 'Reveal for 15 minutes' }));
    // The intro and, below it, what went wrong.
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getByRole('textbox', { name: /Why do you need them/ })).toHaveValue(
      'To arrange safe transport',
    );
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('MaskedValue', () => {
  it('shows a lock and words, never a blank, and offers "Reveal…" when a reveal is possible', async () => {
    const onReveal = vi.fn();
    const { user, unmount } = renderWithProviders(<MaskedValue label="Email" onReveal={onReveal} />);
    expect(screen.getByText('Protected contact detail: reveal it with a reason.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reveal… Email' }));
    expect(onReveal).toHaveBeenCalledTimes(1);
    unmount();
    renderWithProviders(<MaskedValue label="Email" />);
    expect(screen.getByText('Protected contact detail: reveal it with a reason.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
