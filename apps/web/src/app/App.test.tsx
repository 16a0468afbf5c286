import { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { InvitationsDocument, UsersDocument } from '../admin/usersDocuments';
import { USERS_PAGE_SIZE } from '../admin/UsersPage';
import { SessionDocument } from '../auth/sessionQuery';
import { LoginDocument } from '../auth/useLogin';
import { SignInStageDocument } from '../security/documents';
import { UpdateMyPreferencesDocument } from '../auth/useUpdateMyPreferences';
import type { CurrentUser } from '../auth/session';
import { aCurrentUser, apiError } from '../test/factories';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';

function sessionMock(me: CurrentUser | null, needsFirstAdmin = false): MockLink.MockedResponse {
  return {
    request: { query: SessionDocument },
    result: {
      data: {
        setupStatus: { __typename: 'SetupStatus', needsFirstAdmin },
        me,
      },
    },
  };
}

/** The real providers (i18n, Mantine, the Apollo client with its error link) in front of mocked answers. */
function renderApp(route: string, mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  render(
    <AppProviders link={new MockLink(mocks)}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { user };
}

describe('App routing', () => {
  it('sends every address to set-up while Convene has no administrator', async () => {
    renderApp('/admin/users', [sessionMock(null, true)]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Create the first administrator' }),
    ).toBeVisible();
    expect(document.title).toBe('Set up Convene · Convene');
  });

  it('sends a signed-out visitor to sign-in, and never to set-up once it is done', async () => {
    renderApp('/setup', [sessionMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Convene' })).toBeVisible();
  });

  it('shows a page that does not exist as such, inside the shell', async () => {
    renderApp('/organisations', [sessionMock(aCurrentUser())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('after sign-in, continues to the page the person asked for', async () => {
    const admin = aCurrentUser({ role: 'ADMIN' });
    const input = { email: admin.email, password: 'lantern river copper 42' };
    const { user } = renderApp('/admin/users?disabled=1', [
      sessionMock(null),
      { request: { query: LoginDocument, variables: { input } }, result: { data: { login: admin } } },
      { request: { query: SignInStageDocument }, result: { data: { signInStage: 'SIGNED_IN' } } },
      {
        request: {
          query: UsersDocument,
          variables: { first: USERS_PAGE_SIZE, filter: { includeDisabled: true } },
        },
        result: {
          data: {
            users: {
              __typename: 'UserConnection',
              totalCount: 0,
              edges: [],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        },
      },
      { request: { query: InvitationsDocument }, result: { data: { invitations: [] } } },
    ]);

    await user.type(await screen.findByLabelText(/Email address/), input.email);
    await user.type(screen.getByLabelText(/^Password/), input.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    expect(screen.getByRole('switch', { name: 'Show disabled users' })).toBeChecked();
  });

  it('keeps non-administrators out of administration', async () => {
    renderApp('/admin/users', [sessionMock(aCurrentUser({ role: 'VIEWER' }))]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available with your role' }),
    ).toBeVisible();
  });

  it('returns to sign-in with a message when the server ends the session', async () => {
    const admin = aCurrentUser({ role: 'ADMIN' });
    renderApp('/admin/users', [
      sessionMock(admin),
      {
        request: {
          query: UsersDocument,
          variables: { first: USERS_PAGE_SIZE, filter: { includeDisabled: false } },
        },
        result: { errors: [apiError('UNAUTHENTICATED', 'Sign in to continue.')] },
      },
      {
        request: { query: InvitationsDocument },
        result: { errors: [apiError('UNAUTHENTICATED', 'Sign in to continue.')] },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Convene' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Your session ended, sign in again.');
  });
});

describe('Language', () => {
  it('switches the sign-in page to French and remembers it on this device', async () => {
    const { user } = renderApp('/login', [sessionMock(null)]);

    await user.click(await screen.findByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Français' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter à Convene' })).toBeVisible();
    expect(screen.getByLabelText(/Adresse électronique/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('Connexion · Convene');
    expect(window.localStorage.getItem('convene.language')).toBe('fr');
  });

  it('saves the choice to the account when someone is signed in', async () => {
    const me = aCurrentUser({ displayName: 'Amina Diallo', locale: 'en' });
    const save = vi.fn(() => ({ data: { updateMyPreferences: { ...me, locale: 'fr' } } }));
    const { user } = renderApp('/', [
      sessionMock(me),
      {
        request: { query: UpdateMyPreferencesDocument, variables: { input: { locale: 'fr' } } },
        result: save,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Français' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Ce qui vous attend aujourd’hui' }),
    ).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Accueil' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Utilisateurs' })).toBeInTheDocument();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  });

  it('keeps the chosen language on this device when the account cannot save it', async () => {
    const me = aCurrentUser({ locale: 'en' });
    const { user } = renderApp('/', [
      sessionMock(me),
      {
        request: { query: UpdateMyPreferencesDocument, variables: { input: { locale: 'fr' } } },
        result: { errors: [apiError('INTERNAL_SERVER_ERROR', 'Internal error', { reference: 'r-1' })] },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Français' }));

    expect(
      await screen.findByText(
        'La langue a changé sur cet appareil, mais elle n’a pas pu être enregistrée dans votre compte.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Ce qui vous attend aujourd’hui' })).toBeVisible();
    expect(document.documentElement.lang).toBe('fr');
  });

  it("opens in the account's language after sign-in", async () => {
    renderApp('/', [sessionMock(aCurrentUser({ locale: 'fr', displayName: 'Amina Diallo' }))]);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Ce qui vous attend aujourd’hui' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('fr');
  });
});
