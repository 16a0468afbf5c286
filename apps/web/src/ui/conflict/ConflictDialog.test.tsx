import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { apiError } from '../../test/factories';
import { renderWithProviders } from '../../test/render';
import { ConflictDialog } from './ConflictDialog';
import { useConflictResolution, type SaveOutcome, type VersionedRecord } from './useConflictResolution';

const fields = [
  { key: 'name', label: 'Name' },
  { key: 'website', label: 'Website' },
];

function conflictError() {
  return new CombinedGraphQLErrors({
    errors: [apiError('CONFLICT', 'Someone changed this record; reload and try again.')],
  });
}

describe('ConflictDialog', () => {
  it('shows theirs beside yours, marks the rows that differ in words, and says who saved it', async () => {
    const onKeepMine = vi.fn();
    const onTakeTheirs = vi.fn();
    const onClose = vi.fn();
    const { user } = renderWithProviders(
      <ConflictDialog
        opened
        fields={fields}
        yours={{ name: 'Peace Direct UK', website: 'https://peacedirect.org' }}
        theirs={{ name: 'Peace Direct', website: 'https://peacedirect.org' }}
        changedBy="Jonas Berg"
        changedAt="2026-11-20T09:30:00.000Z"
        onKeepMine={onKeepMine}
        onTakeTheirs={onTakeTheirs}
        onClose={onClose}
      />,
    );
    const dialog = await screen.findByRole('dialog', { name: /saved this record while you were editing/ });
    expect(within(dialog).getByText(/Saved by Jonas Berg/)).toBeInTheDocument();
    const nameRow = within(dialog).getByRole('rowheader', { name: /Name/ }).closest('tr') as HTMLElement;
    expect(within(nameRow).getByText('Differs')).toBeInTheDocument();
    expect(within(nameRow).getByText('Peace Direct')).toBeInTheDocument();
    expect(within(nameRow).getByText('Peace Direct UK')).toBeInTheDocument();
    const siteRow = within(dialog)
      .getByRole('rowheader', { name: /Website/ })
      .closest('tr') as HTMLElement;
    expect(within(siteRow).getByText('Same')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Save my version' }));
    expect(onKeepMine).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('button', { name: 'Use the saved version' }));
    expect(onTakeTheirs).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('waits for the saved version before offering to keep or take', async () => {
    renderWithProviders(
      <ConflictDialog
        opened
        fields={fields}
        yours={{ name: 'Mine' }}
        theirs={null}
        onKeepMine={vi.fn()}
        onTakeTheirs={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Save my version' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Use the saved version' })).toBeDisabled();
    expect(within(dialog).getAllByText('Loading the saved version…').length).toBeGreaterThan(0);
  });
});

interface Org extends VersionedRecord {
  name: string;
}

function Harness({
  attempt,
  refetch,
  onOutcome,
}: {
  attempt: (version: number) => Promise<string>;
  refetch: () => Promise<Org>;
  onOutcome: (outcome: SaveOutcome<string, Org>) => void;
}) {
  const conflicts = useConflictResolution();
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void conflicts
            .save(attempt, { version: 1, fields, yours: { name: 'Mine' }, refetch })
            .then(onOutcome)
            .finally(() => setBusy(false));
        }}
      >
        Save
      </button>
      {conflicts.dialog}
    </>
  );
}

describe('useConflictResolution', () => {
  const theirs: Org = {
    version: 5,
    name: 'Theirs',
    history: { edges: [{ node: { actorName: 'Jonas Berg', at: '2026-11-20T09:30:00.000Z' } }] },
  };

  it('saves at once when there is no conflict', async () => {
    const attempt = vi.fn(() => Promise.resolve('ok'));
    const onOutcome = vi.fn();
    const { user } = renderWithProviders(
      <Harness attempt={attempt} refetch={() => Promise.resolve(theirs)} onOutcome={onOutcome} />,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onOutcome).toHaveBeenCalledWith({ outcome: 'saved', result: 'ok' }));
    expect(attempt).toHaveBeenCalledWith(1);
  });

  it('on CONFLICT and "keep mine", saves again over the fresh version', async () => {
    const attempt = vi
      .fn<(version: number) => Promise<string>>()
      .mockRejectedValueOnce(conflictError())
      .mockResolvedValueOnce('saved over 5');
    const onOutcome = vi.fn();
    const { user } = renderWithProviders(
      <Harness attempt={attempt} refetch={() => Promise.resolve(theirs)} onOutcome={onOutcome} />,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/Saved by Jonas Berg/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save my version' }));
    await waitFor(() => expect(onOutcome).toHaveBeenCalledWith({ outcome: 'saved', result: 'saved over 5' }));
    expect(attempt).toHaveBeenNthCalledWith(2, 5);
  });

  it('on "take theirs", answers the saved record and does not save', async () => {
    const attempt = vi.fn<(version: number) => Promise<string>>().mockRejectedValue(conflictError());
    const onOutcome = vi.fn();
    const { user } = renderWithProviders(
      <Harness attempt={attempt} refetch={() => Promise.resolve(theirs)} onOutcome={onOutcome} />,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Use the saved version' }));
    await waitFor(() => expect(onOutcome).toHaveBeenCalledWith({ outcome: 'tookTheirs', theirs }));
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('on "keep editing", saves nothing and keeps the edit', async () => {
    const attempt = vi.fn<(version: number) => Promise<string>>().mockRejectedValue(conflictError());
    const onOutcome = vi.fn();
    const { user } = renderWithProviders(
      <Harness attempt={attempt} refetch={() => Promise.resolve(theirs)} onOutcome={onOutcome} />,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/Saved by Jonas Berg/);
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(onOutcome).toHaveBeenCalledWith({ outcome: 'keptEditing', theirs }));
  });

  it('lets other errors through untouched', async () => {
    const failure = new CombinedGraphQLErrors({ errors: [apiError('FORBIDDEN', 'No.')] });
    const attempt = vi.fn<(version: number) => Promise<string>>().mockRejectedValue(failure);
    const onOutcome = vi.fn();
    const rejected = vi.fn();
    function Direct() {
      const conflicts = useConflictResolution();
      return (
        <button
          type="button"
          onClick={() =>
            void conflicts
              .save(attempt, { version: 1, fields, yours: {}, refetch: () => Promise.resolve(theirs) })
              .then(onOutcome, rejected)
          }
        >
          Save
        </button>
      );
    }
    const { user } = renderWithProviders(<Direct />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(rejected).toHaveBeenCalledWith(failure));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
