import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../app/AppRoutes';
import type { UsersTable_UserFragment } from '../gql/graphql';
import { aCurrentUser, anInvitation, apiError, aUserRow } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { ChangeUserRoleDocument } from './useChangeUserRole';
import { DisableUserDocument } from './useDisableUser';
import { InviteUserDocument } from './useInviteUser';
import { RevokeInvitationDocument } from './useRevokeInvitation';
import { USERS_PAGE_SIZE } from './UsersPage';
import { InvitationsDocument, UsersDocument } from './usersDocuments';

const admin = aCurrentUser({ displayName: 'Amina Diallo', role: 'ADMIN' });
const adminRow = aUserRow({
  id: admin.id,
  displayName: admin.displayName,
  email: admin.email,
  role: 'ADMIN',
});

function usersMock(
  users: UsersTable_UserFragment[],
  filter: Record<string, unknown>,
): MockLink.MockedResponse {
  return {
    request: { query: UsersDocument, variables: { first: USERS_PAGE_SIZE, filter } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          totalCount: users.length,
          edges: users.map((node) => ({ __typename: 'UserEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

function invitationsMock(invitations = [anInvitation({ email: 'pending.person@example.org' })]) {
  return { request: { query: InvitationsDocument }, result: { data: { invitations } } };
}

function renderUsersPage(mocks: MockLink.MockedResponse[], route = '/admin/users') {
  return renderWithProviders(<AppRoutes />, { route, session: { me: admin }, mocks });
}

describe('UsersPage', () => {
  it('lists users, marks the signed-in one, and lists pending invitations', async () => {
    const jonas = aUserRow({ displayName: 'Jonas Berg', email: 'jonas.berg@example.org', role: 'STAFF' });
    renderUsersPage([usersMock([adminRow, jonas], { includeDisabled: false }), invitationsMock()]);

    expect(await screen.findByRole('rowheader', { name: 'Jonas Berg' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(document.title).toBe('Users · Convene');
    expect(screen.getByText('2 users')).toBeInTheDocument();
    const myRow = screen.getByRole('rowheader', { name: /Amina Diallo/ }).closest('tr');
    expect(myRow).not.toBeNull();
    expect(within(myRow as HTMLElement).getByText('You')).toBeInTheDocument();
    // No one can demote or disable themselves from here.
    expect(within(myRow as HTMLElement).queryByRole('button', { name: /Disable/ })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role of Jonas Berg' })).toHaveValue('Staff');
    expect(await screen.findByText('pending.person@example.org')).toBeInTheDocument();
  });

  it('changes a role, sending the version the table showed', async () => {
    const jonas = aUserRow({ displayName: 'Jonas Berg', role: 'STAFF', version: 3 });
    const changeRole = vi.fn(() => ({ data: { changeUserRole: { ...jonas, role: 'ADMIN', version: 4 } } }));
    const { user } = renderUsersPage([
      usersMock([adminRow, jonas], { includeDisabled: false }),
      invitationsMock([]),
      {
        request: {
          query: ChangeUserRoleDocument,
          variables: { input: { id: jonas.id, role: 'ADMIN', version: 3 } },
        },
        result: changeRole,
      },
    ]);

    await user.click(await screen.findByRole('combobox', { name: 'Role of Jonas Berg' }));
    await user.click(screen.getByRole('option', { name: 'Administrator' }));

    expect(await screen.findByText('Jonas Berg is now Administrator.')).toBeInTheDocument();
    expect(changeRole).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('combobox', { name: 'Role of Jonas Berg' })).toHaveValue('Administrator');
  });

  it('shows a disabled user as disabled, with a way to enable them', async () => {
    const lena = aUserRow({ displayName: 'Lena Ortiz', disabledAt: '2025-11-10T10:00:00.000Z' });
    renderUsersPage(
      [usersMock([adminRow, lena], { includeDisabled: true }), invitationsMock([])],
      '/admin/users?disabled=1',
    );

    const row = (await screen.findByRole('rowheader', { name: 'Lena Ortiz' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Disabled')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Enable Lena Ortiz' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Show disabled users' })).toBeChecked();
  });

  it('disables a user only after confirmation, then shows them as disabled', async () => {
    const jonas = aUserRow({ displayName: 'Jonas Berg', version: 7 });
    const disable = vi.fn(() => ({
      data: { disableUser: { ...jonas, disabledAt: '2025-11-27T10:00:00.000Z', version: 8 } },
    }));
    const { user } = renderUsersPage([
      usersMock([adminRow, jonas], { includeDisabled: false }),
      invitationsMock([]),
      {
        request: { query: DisableUserDocument, variables: { input: { id: jonas.id, version: 7 } } },
        result: disable,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Disable Jonas Berg' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable Jonas Berg?' });
    expect(disable).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Disable user' }));

    const row = screen.getByRole('rowheader', { name: 'Jonas Berg' }).closest('tr') as HTMLElement;
    expect(await within(row).findByText('Disabled')).toBeInTheDocument();
    expect(disable).toHaveBeenCalledTimes(1);
  });

  it('invites a user and shows the one-time link, and the pending list gains it', async () => {
    const invitation = anInvitation({ email: 'kofi.mensah@example.org', role: 'CORE_GROUP' });
    const { user } = renderUsersPage([
      usersMock([adminRow], { includeDisabled: false }),
      invitationsMock([]),
      {
        request: {
          query: InviteUserDocument,
          variables: { input: { email: invitation.email, role: 'CORE_GROUP' } },
        },
        result: {
          data: { inviteUser: { ...invitation, url: 'http://localhost:3000/invite/abcdefghijklmnop' } },
        },
      },
    ]);

    await screen.findByText('No pending invitations.');
    await user.click(screen.getByRole('button', { name: 'Invite user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a user' });
    await user.type(within(dialog).getByLabelText(/Their email address/), invitation.email);
    await user.click(within(dialog).getByRole('radio', { name: /Core Group/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create invitation link' }));

    const ready = await screen.findByRole('dialog', { name: 'The invitation link is ready' });
    expect(within(ready).getByLabelText('Invitation link')).toHaveValue(
      'http://localhost:3000/invite/abcdefghijklmnop',
    );
    expect(within(ready).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    await user.click(within(ready).getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('kofi.mensah@example.org')).toBeInTheDocument();
  });

  it('says when the email already has an account, instead of a generic conflict', async () => {
    const { user } = renderUsersPage([
      usersMock([adminRow], { includeDisabled: false }),
      invitationsMock([]),
      {
        request: { query: InviteUserDocument, variables: { input: { email: admin.email, role: 'STAFF' } } },
        result: { errors: [apiError('CONFLICT', 'This email already belongs to a user.')] },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Invite user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a user' });
    await user.type(within(dialog).getByLabelText(/Their email address/), admin.email);
    await user.click(within(dialog).getByRole('button', { name: 'Create invitation link' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('This email address already has an account');
    expect(alert).toHaveTextContent('If their account is disabled, enable it instead of inviting them.');
  });

  it('withdraws a pending invitation after confirmation', async () => {
    const invitation = anInvitation({ email: 'pending.person@example.org' });
    const revoke = vi.fn(() => ({ data: { revokeInvitation: true } }));
    const { user } = renderUsersPage([
      usersMock([adminRow], { includeDisabled: false }),
      invitationsMock([invitation]),
      { request: { query: RevokeInvitationDocument, variables: { id: invitation.id } }, result: revoke },
    ]);

    await user.click(
      await screen.findByRole('button', { name: 'Withdraw the invitation for pending.person@example.org' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw this invitation?' });
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));

    expect(await screen.findByText('No pending invitations.')).toBeInTheDocument();
    expect(revoke).toHaveBeenCalledTimes(1);
  });
});
