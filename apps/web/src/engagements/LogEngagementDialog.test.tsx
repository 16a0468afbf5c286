import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../auth/CurrentUser';
import { aCurrentUser, apiError } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { ColleaguesDocument } from '../ui/pickers/pickerDocuments';
import { anOrganization, searchMock } from '../ui/pickers/pickerFixtures';
import { CreateEngagementDocument, DeleteEngagementDocument, EngagementReferenceDocument } from './documents';
import { LogEngagementProvider, useLogEngagement } from './LogEngagementProvider';

// jsdom has no document.fonts; Mantine's autosizing Textarea listens to it.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });

const me = aCurrentUser({ displayName: 'Amina Diallo' });
const amani = anOrganization();
const today = dayjs().format('YYYY-MM-DD');
const inAWeek = dayjs().add(7, 'day').format('YYYY-MM-DD');

const referenceMock: MockLink.MockedResponse = {
  request: { query: EngagementReferenceDocument },
  result: {
    data: {
      themes: [
        { __typename: 'Theme', key: 'conflict-prevention', name: 'Conflict prevention', overarching: true },
        { __typename: 'Theme', key: 'yps', name: 'Youth, Peace and Security', overarching: false },
      ],
      policyProcesses: [{ __typename: 'PolicyProcess', key: 'pba-review-2025', name: '2025 PBA Review' }],
      dialogueCycles: [],
    },
  },
};

const colleaguesMock: MockLink.MockedResponse = {
  request: { query: ColleaguesDocument },
  result: { data: { colleagues: [{ __typename: 'Colleague', id: me.id, displayName: me.displayName }] } },
};

function input(overrides: Record<string, unknown> = {}) {
  return {
    type: 'MEETING',
    title: 'Briefing on the PBA review',
    date: today,
    organizations: [{ organizationId: amani.id }],
    people: [],
    staffIds: [me.id],
    themes: ['yps'],
    policyProcesses: [],
    summary: null,
    followUps: [{ title: 'Send the summary', ownerId: me.id, dueDate: inAWeek }],
    ...overrides,
  };
}

function Opener() {
  const { open } = useLogEngagement();
  return (
    <button type="button" onClick={() => open()}>
      Open
    </button>
  );
}

function renderDialog(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <CurrentUserProvider user={me}>
      <LogEngagementProvider>
        <Opener />
      </LogEngagementProvider>
    </CurrentUserProvider>,
    { mocks: [referenceMock, colleaguesMock, ...mocks] },
  );
}

async function fillTheForm(user: ReturnType<typeof renderDialog>['user']) {
  const dialog = await screen.findByRole('dialog', { name: 'Log engagement' });
  const title = within(dialog).getByRole('textbox', { name: 'Title' });
  await waitFor(() => expect(title).toHaveFocus());
  await user.paste('Briefing on the PBA review');
  await user.type(within(dialog).getByRole('combobox', { name: 'Who took part' }), 'Am');
  await user.click(await screen.findByRole('option', { name: /Amani Peace Network/ }));
  await user.click(await within(dialog).findByRole('checkbox', { name: 'Youth, Peace and Security' }));
  await user.click(within(dialog).getByRole('button', { name: 'Add a follow-up' }));
  const what = within(dialog).getByRole('textbox', { name: 'Follow-up 1: what' });
  await waitFor(() => expect(what).toHaveFocus());
  await user.paste('Send the summary');
  return dialog;
}

// Typing a whole engagement character by character takes seconds on a busy 2-core machine.
const SLOW = 60_000;

describe('Log engagement', () => {
  it(
    'opens with L, saves everything in one request with Ctrl+Enter, and undoes from the toast',
    async () => {
      const create = vi.fn(() => ({
        data: {
          createEngagement: {
            __typename: 'Engagement',
            id: 'e-1',
            title: 'Briefing on the PBA review',
            version: 1,
            followUps: [{ __typename: 'FollowUp', id: 'f-1' }],
          },
        },
      }));
      const remove = vi.fn(() => ({
        data: {
          deleteEngagement: {
            __typename: 'Engagement',
            id: 'e-1',
            version: 2,
            deletedAt: '2026-11-27T10:00:00Z',
          },
        },
      }));
      const { user } = renderDialog([
        searchMock('Am', [amani], []),
        { request: { query: CreateEngagementDocument, variables: { input: input() } }, result: create },
        {
          request: { query: DeleteEngagementDocument, variables: { input: { id: 'e-1', version: 1 } } },
          result: remove,
        },
      ]);

      await user.keyboard('l');
      const dialog = await fillTheForm(user);
      await user.keyboard('{Control>}{Enter}{/Control}');

      await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
      expect(await screen.findByText('Engagement logged')).toBeInTheDocument();
      await waitFor(() => expect(dialog).not.toBeInTheDocument());
      expect(screen.getByRole('button', { name: 'View' })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(remove).toHaveBeenCalledTimes(1));
      expect(await screen.findByText('Moved to the trash')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'shows the server’s problem under the field it names, and keeps everything typed',
    async () => {
      const { user } = renderDialog([
        searchMock('Am', [amani], []),
        {
          request: { query: CreateEngagementDocument, variables: { input: input() } },
          result: {
            errors: [
              apiError('BAD_USER_INPUT', 'Invalid input', {
                fields: [{ field: 'followUps.0.ownerId', message: 'is not an enabled user' }],
              }),
            ],
          },
        },
      ]);
      await user.click(screen.getByRole('button', { name: 'Open' }));
      const dialog = await fillTheForm(user);
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));

      expect(await within(dialog).findByText('Is not an enabled user.')).toBeInTheDocument();
      expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue(
        'Briefing on the PBA review',
      );
      expect(within(dialog).getByText('Amani Peace Network')).toBeInTheDocument();
      expect(screen.queryByText('Engagement logged')).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    '"Log another" keeps the dialog open, empty, for the next one',
    async () => {
      const create = vi.fn(() => ({
        data: {
          createEngagement: {
            __typename: 'Engagement',
            id: 'e-2',
            title: 'Briefing on the PBA review',
            version: 1,
            followUps: [],
          },
        },
      }));
      const { user } = renderDialog([
        searchMock('Am', [amani], []),
        { request: { query: CreateEngagementDocument, variables: { input: input() } }, result: create },
      ]);
      await user.click(screen.getByRole('button', { name: 'Open' }));
      const dialog = await fillTheForm(user);
      await user.click(within(dialog).getByRole('switch', { name: 'Log another after saving' }));
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(await screen.findByText('Engagement logged')).toBeInTheDocument();
      const title = within(dialog).getByRole('textbox', { name: 'Title' });
      await waitFor(() => expect(title).toHaveValue(''));
      await waitFor(() => expect(title).toHaveFocus());
      expect(within(dialog).queryByText('Amani Peace Network')).not.toBeInTheDocument();
      expect(within(dialog).queryByRole('textbox', { name: 'Follow-up 1: what' })).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'checks the title and each follow-up before sending anything',
    async () => {
      const { user } = renderDialog([]);
      await user.click(screen.getByRole('button', { name: 'Open' }));
      const dialog = await screen.findByRole('dialog', { name: 'Log engagement' });
      await user.click(within(dialog).getByRole('button', { name: 'Add a follow-up' }));
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(await within(dialog).findByText('Required.')).toBeInTheDocument();
      expect(within(dialog).getByText('Say what needs doing.')).toBeInTheDocument();
      await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveFocus());
    },
    SLOW,
  );
});
