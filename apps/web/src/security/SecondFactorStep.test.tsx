import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../app/AppRoutes';
import { LoginDocument } from '../auth/useLogin';
import { aCurrentUser, apiError } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { SignInStageDocument, VerifySecondFactorDocument } from './documents';

const input = { email: 'amina.diallo@example.org', password: 'correct horse battery' };

function renderLogin(verify: { code: string; result: Record<string, unknown> }[]) {
  const user = aCurrentUser({ displayName: 'Amina Diallo', email: input.email });
  return {
    me: user,
    ...renderWithProviders(<AppRoutes />, {
      route: '/login',
      session: { me: null },
      mocks: [
        { request: { query: LoginDocument, variables: { input } }, result: { data: { login: user } } },
        { request: { query: SignInStageDocument }, result: { data: { signInStage: 'SECOND_FACTOR' } } },
        ...verify.map(({ code, result }) => ({
          request: { query: VerifySecondFactorDocument, variables: { input: { code } } },
          result: 'data' in result ? { data: { verifySecondFactor: user } } : result,
        })),
      ],
    }),
  };
}

async function passwordStep(rendered: ReturnType<typeof renderLogin>) {
  await rendered.user.type(screen.getByLabelText(/Email address/), input.email);
  await rendered.user.type(screen.getByLabelText(/^Password/), input.password);
  await rendered.user.click(screen.getByRole('button', { name: 'Sign in' }));
  return screen.findByRole('heading', { level: 1, name: 'Two-step sign-in' });
}

describe('the code step of signing in', () => {
  it('asks for the code after the password, says when it is wrong, and opens the app with a right one', async () => {
    const rendered = renderLogin([
      { code: '000000', result: { errors: [apiError('BAD_USER_INPUT', 'code: is not right')] } },
      { code: '123456', result: { data: true } },
    ]);
    await passwordStep(rendered);
    expect(screen.queryByLabelText(/^Password/)).not.toBeInTheDocument();
    const code = screen.getByLabelText(/Code from your app/);
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');

    await rendered.user.type(code, '000000');
    await rendered.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right.');

    await rendered.user.clear(screen.getByLabelText(/Code from your app/));
    await rendered.user.type(screen.getByLabelText(/Code from your app/), '123456');
    await rendered.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Amina Diallo/ })).toBeInTheDocument();
  });

  it('takes a recovery code instead', async () => {
    const rendered = renderLogin([{ code: 'abcde-23456', result: { data: true } }]);
    await passwordStep(rendered);
    await rendered.user.click(screen.getByRole('button', { name: 'Use a recovery code' }));
    expect(screen.getByText(/Each works once/)).toBeInTheDocument();
    await rendered.user.type(screen.getByLabelText(/Recovery code/), 'abcde-23456');
    await rendered.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Amina Diallo/ })).toBeInTheDocument();
  });

  it('says how long to wait after too many wrong codes', async () => {
    const rendered = renderLogin([
      {
        code: '111111',
        result: { errors: [apiError('TOO_MANY_REQUESTS', 'Too many.', { retryAfterSeconds: 600 })] },
      },
    ]);
    await passwordStep(rendered);
    await rendered.user.type(screen.getByLabelText(/Code from your app/), '111111');
    await rendered.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wait 10 minutes, then try again.');
  });
});
