import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../app/AppRoutes';
import { apiError } from '../../test/factories';
import { renderWithProviders } from '../../test/render';
import { InvitationPreviewDocument } from '../AcceptInvitationPage';
import { LoginDocument } from '../useLogin';
import { SingleSignOnButton } from './SingleSignOn';
import { SignInOptionsDocument } from './useSignInOptions';

function optionsMock(singleSignOn: boolean, localLogin: 'ALL' | 'ADMINS' = 'ALL') {
  return {
    request: { query: SignInOptionsDocument },
    result: {
      data: {
        signInOptions: {
          __typename: 'SignInOptions' as const,
          singleSignOn,
          singleSignOnLabel: singleSignOn ? 'Sign in with UN account' : null,
          singleSignOnPath: '/auth/oidc/login',
          localLogin,
        },
      },
    },
  };
}

describe('single sign-on on the login page', () => {
  it('offers the button with the configured label, then passwords', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/login',
      session: { me: null },
      mocks: [optionsMock(true)],
    });

    const button = await screen.findByRole('link', { name: 'Sign in with UN account' });
    expect(button).toHaveAttribute('href', '/auth/oidc/login');
    expect(screen.getByText('or sign in with a password')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Password/)).toBeInTheDocument();
  });

  it('offers no button when single sign-on is off', () => {
    renderWithProviders(
      <SingleSignOnButton options={optionsMock(false).result.data.signInOptions} from="/organizations" />,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    renderWithProviders(
      <SingleSignOnButton options={optionsMock(true).result.data.signInOptions} from="/organizations" />,
    );
    expect(screen.getByRole('link', { name: 'Sign in with UN account' })).toHaveAttribute(
      'href',
      '/auth/oidc/login?returnTo=%2Forganizations',
    );
  });

  it('says why the last single sign-on failed, in the person’s language', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/login?sso=no-account',
      session: { me: null },
      mocks: [optionsMock(true)],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Single sign-on did not work');
    expect(alert).toHaveTextContent('Your account is not linked to a Convene user.');
  });

  it('says it in French too', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/login?sso=token',
      session: { me: null },
      language: 'fr',
      mocks: [optionsMock(true)],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Convene n’a pas pu vérifier la réponse du service de connexion',
    );
  });

  it('when passwords are for administrators only, says so and points to the button', async () => {
    const input = { email: 'staff@example.org', password: 'correct horse battery' };
    const rendered = renderWithProviders(<AppRoutes />, {
      route: '/login',
      session: { me: null },
      mocks: [
        optionsMock(true, 'ADMINS'),
        {
          request: { query: LoginDocument, variables: { input } },
          result: {
            errors: [
              apiError('FORBIDDEN', 'Passwords are for administrators only.', {
                reason: 'SINGLE_SIGN_ON_REQUIRED',
              }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByText('Administrators only: sign in with a password')).toBeInTheDocument();
    await rendered.user.type(screen.getByLabelText(/Email address/), input.email);
    await rendered.user.type(screen.getByLabelText(/^Password/), input.password);
    await rendered.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Passwords are for administrators only here. Use “Sign in with UN account” instead.',
    );
  });

  it('offers the button on an invitation: the invitation is linked by its email', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/invite/an-invitation-token-0123456789',
      session: { me: null },
      mocks: [
        optionsMock(true),
        {
          request: {
            query: InvitationPreviewDocument,
            variables: { token: 'an-invitation-token-0123456789' },
          },
          result: {
            data: {
              invitation: {
                __typename: 'Invitation' as const,
                email: 'kofi@un.example',
                role: 'STAFF',
                expiresAt: '2026-12-31T00:00:00.000Z',
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('link', { name: 'Sign in with UN account' })).toHaveAttribute(
      'href',
      '/auth/oidc/login',
    );
    expect(
      screen.getByText(/If you sign in to kofi@un.example through your organisation/),
    ).toBeInTheDocument();
  });
});
