import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../app/AppRoutes';
import { aCurrentUser, apiError } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { LoginDocument } from './useLogin';
import { SignInStageDocument } from '../security/documents';

const input = { email: 'amina.diallo@example.org', password: 'wrong horse battery' };

async function signIn(
  mock: { errors?: ReturnType<typeof apiError>[]; data?: Record<string, unknown> },
  stage = 'SIGNED_IN',
) {
  const rendered = renderWithProviders(<AppRoutes />, {
    route: '/login',
    session: { me: null },
    mocks: [
      { request: { query: LoginDocument, variables: { input } }, result: mock },
      { request: { query: SignInStageDocument }, result: { data: { signInStage: stage } } },
    ],
  });
  await rendered.user.type(screen.getByLabelText(/Email address/), input.email);
  await rendered.user.type(screen.getByLabelText(/^Password/), input.password);
  await rendered.user.click(screen.getByRole('button', { name: 'Sign in' }));
  return rendered;
}

describe('LoginPage', () => {
  it('says plainly when the email or password is wrong', async () => {
    await signIn({ errors: [apiError('UNAUTHENTICATED', 'Email or password is incorrect.')] });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The email address or password is not right. Check both and try again.');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Convene' })).toBeInTheDocument();
  });

  it('says how long to wait when sign-in is throttled', async () => {
    await signIn({
      errors: [apiError('TOO_MANY_REQUESTS', 'Too many attempts.', { retryAfterSeconds: 781 })],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Signing in is paused for this account');
    expect(alert).toHaveTextContent('Wait 14 minutes, then try again.');
  });

  it('says the same in French, with French plural rules', async () => {
    const rendered = renderWithProviders(<AppRoutes />, {
      route: '/login',
      session: { me: null },
      language: 'fr',
      mocks: [
        {
          request: { query: LoginDocument, variables: { input } },
          result: {
            errors: [apiError('TOO_MANY_REQUESTS', 'Too many attempts.', { retryAfterSeconds: 45 })],
          },
        },
      ],
    });
    await rendered.user.type(screen.getByLabelText(/Adresse électronique/), input.email);
    await rendered.user.type(screen.getByLabelText(/^Mot de passe/), input.password);
    await rendered.user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Attendez 45 secondes, puis réessayez.');
  });

  it('signs in and opens the shell', async () => {
    const staff = aCurrentUser({ role: 'STAFF', displayName: 'Jonas Berg' });
    // What the API answers for staff: everything an administrator may, except managing users and reference data.
    staff.permissions = staff.permissions.filter(
      (p) => p !== 'users.manage' && p !== 'reference-data.manage',
    );
    await signIn({ data: { login: staff } });

    expect(await screen.findByRole('heading', { level: 1, name: /Jonas Berg/ })).toBeInTheDocument();
    // Staff see no administration.
    expect(screen.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });

  it('tells a person whose session ended why they are here', () => {
    renderWithProviders(<AppRoutes />, { route: '/login', session: { me: null }, sessionEnded: true });

    expect(screen.getByRole('alert')).toHaveTextContent('Your session ended, sign in again.');
  });
});
