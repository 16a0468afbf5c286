import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../app/AppRoutes';
import { aCurrentUser, apiError } from '../test/factories';
import { renderWithProviders } from '../test/render';
import { CreateFirstAdminDocument } from './useCreateFirstAdmin';

const input = {
  displayName: 'Amina Diallo',
  email: 'amina.diallo@example.org',
  password: 'river lantern copper 42',
};

function renderSetup(mocks: Parameters<typeof renderWithProviders>[1] extends infer O ? O : never = {}) {
  return renderWithProviders(<AppRoutes />, {
    route: '/setup',
    session: { me: null, needsFirstAdmin: true },
    ...mocks,
  });
}

describe('SetupPage', () => {
  it('checks the fields before sending anything, and moves focus to the first problem', async () => {
    const { user } = renderSetup();

    await user.click(screen.getByRole('button', { name: 'Create administrator and sign in' }));

    expect(screen.getByLabelText(/Your name/)).toHaveAccessibleDescription(/Enter your name\./);
    expect(screen.getByLabelText(/Your name/)).toHaveFocus();
    expect(screen.getByLabelText(/Email address/)).toHaveAccessibleDescription(/Enter an email address/);
    expect(screen.getByLabelText(/Choose a password/)).toHaveAccessibleDescription(
      /Use at least 12 characters\./,
    );

    await user.type(screen.getByLabelText(/Your name/), 'Amina');
    await user.type(screen.getByLabelText(/Email address/), 'amina@');
    await user.type(screen.getByLabelText(/Choose a password/), 'short');
    expect(screen.getByLabelText(/Choose a password/)).toHaveAccessibleDescription(
      /7 more characters needed/,
    );

    await user.clear(screen.getByLabelText(/Choose a password/));
    await user.click(screen.getByLabelText(/Choose a password/));
    await user.paste('a'.repeat(129));
    expect(screen.getByLabelText(/Choose a password/)).toHaveAccessibleDescription(
      /Use at most 128 characters\./,
    );

    await user.clear(screen.getByLabelText(/Choose a password/));
    await user.type(screen.getByLabelText(/Choose a password/), input.password);
    await user.type(screen.getByLabelText(/Repeat the password/), 'something else entirely');
    await user.click(screen.getByRole('button', { name: 'Create administrator and sign in' }));

    expect(screen.getByLabelText(/Email address/)).toHaveFocus();
    expect(screen.getByLabelText(/Repeat the password/)).toHaveAccessibleDescription(
      /The two passwords are not the same\./,
    );
    expect(screen.getByLabelText(/Choose a password/)).not.toHaveAccessibleDescription(/Use at/);
    // Still on the set-up page: nothing was sent (no mock exists to answer it).
    expect(
      screen.getByRole('heading', { level: 1, name: 'Create the first administrator' }),
    ).toBeInTheDocument();
  });

  it('creates the administrator and lands in the signed-in shell', async () => {
    const result = vi.fn(() => ({
      data: { createFirstAdmin: aCurrentUser({ displayName: input.displayName }) },
    }));
    const { user } = renderSetup({
      mocks: [{ request: { query: CreateFirstAdminDocument, variables: { input } }, result }],
    });

    await user.type(screen.getByLabelText(/Your name/), `  ${input.displayName} `);
    await user.type(screen.getByLabelText(/Email address/), input.email);
    await user.type(screen.getByLabelText(/Choose a password/), input.password);
    await user.type(screen.getByLabelText(/Repeat the password/), input.password);
    await user.click(screen.getByRole('button', { name: 'Create administrator and sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: /Amina Diallo/ })).toBeInTheDocument();
    expect(result).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/admin/users');
  });

  it("shows the server's field messages under the field they name", async () => {
    const { user } = renderSetup({
      mocks: [
        {
          request: { query: CreateFirstAdminDocument, variables: { input } },
          result: {
            errors: [
              apiError('BAD_USER_INPUT', 'password: is too common', {
                fields: [{ field: 'password', message: 'is too common' }],
              }),
            ],
          },
        },
      ],
    });

    await user.type(screen.getByLabelText(/Your name/), input.displayName);
    await user.type(screen.getByLabelText(/Email address/), input.email);
    await user.type(screen.getByLabelText(/Choose a password/), input.password);
    await user.type(screen.getByLabelText(/Repeat the password/), input.password);
    await user.click(screen.getByRole('button', { name: 'Create administrator and sign in' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/Choose a password/)).toHaveAccessibleDescription(/Is too common\./),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Some information needs to be corrected');
    expect(screen.getByLabelText(/Choose a password/)).toHaveFocus();
  });
});
