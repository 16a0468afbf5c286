import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../app/AppRoutes';
import { aCurrentUser } from '../test/factories';
import { renderWithProviders } from '../test/render';
import {
  ConfirmSecondFactorDocument,
  MySecondFactorDocument,
  MySessionsDocument,
  RevokeMySessionDocument,
  SecuritySettingsDocument,
  SetSecondFactorRequiredRolesDocument,
  StartSecondFactorEnrolmentDocument,
} from './documents';
import { SecondFactorRolesCard } from './SecondFactorRolesCard';

const CODES = Array.from({ length: 10 }, (_, i) => `abcd${i}-efgh${i}`);
const status = (enabled: boolean) => ({
  data: {
    mySecondFactor: {
      __typename: 'SecondFactorStatus',
      enabled,
      recoveryCodesLeft: enabled ? 10 : 0,
      requiredForMyRole: false,
    },
  },
});
const session = (id: string, userAgent: string, current: boolean) => ({
  __typename: 'UserSession',
  id,
  userAgent,
  ip: '10.0.0.1',
  startedAt: '2026-11-28T08:00:00.000Z',
  lastSeenAt: '2026-11-28T09:00:00.000Z',
  current,
  signInPending: false,
});
const sessions = (list: ReturnType<typeof session>[]) => ({
  request: { query: MySessionsDocument },
  result: { data: { mySessions: list } },
});

describe('Account › Security', () => {
  it('sets up two-step sign-in: QR code and key, a code to confirm, then the recovery codes once', async () => {
    const me = aCurrentUser({ role: 'STAFF' });
    const { user } = renderWithProviders(<AppRoutes />, {
      route: '/account/security',
      session: { me },
      mocks: [
        { request: { query: MySecondFactorDocument }, result: status(false) },
        sessions([session('s1', 'Firefox on Linux', true)]),
        {
          request: { query: StartSecondFactorEnrolmentDocument },
          result: {
            data: {
              startSecondFactorEnrolment: {
                __typename: 'SecondFactorEnrolment',
                secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
                uri: 'otpauth://totp/Convene:x?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
                qrCodeDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
              },
            },
          },
        },
        {
          request: { query: ConfirmSecondFactorDocument, variables: { input: { code: '123456' } } },
          result: { data: { confirmSecondFactor: { __typename: 'RecoveryCodes', codes: CODES } } },
        },
        { request: { query: MySecondFactorDocument }, result: status(true) },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Security' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Set up two-step sign-in' }));
    expect(await screen.findByRole('img', { name: 'QR code for your authenticator app' })).toHaveAttribute(
      'src',
      'data:image/png;base64,iVBORw0KGgo=',
    );
    expect(screen.getByTestId('manual-key')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');

    await user.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(screen.getByLabelText(/Code from your app/)).toHaveAccessibleDescription(/Enter a code/);
    await user.type(screen.getByLabelText(/Code from your app/), '123 456');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(CODES);
    expect(screen.getByRole('button', { name: 'Copy codes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download as a text file' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument();
    expect(await screen.findByText('10 recovery codes left.')).toBeInTheDocument();
  });

  it('lists where one is signed in and signs out another browser', async () => {
    const me = aCurrentUser({ role: 'VIEWER' });
    const { user } = renderWithProviders(<AppRoutes />, {
      route: '/account/security',
      session: { me },
      mocks: [
        { request: { query: MySecondFactorDocument }, result: status(false) },
        sessions([session('s1', 'Firefox on Linux', true), session('s2', 'Safari on iPhone', false)]),
        {
          request: { query: RevokeMySessionDocument, variables: { id: 's2' } },
          result: { data: { revokeMySession: true } },
        },
        sessions([session('s1', 'Firefox on Linux', true)]),
      ],
    });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Firefox on Linux');
    expect(rows[0]).toHaveTextContent('This browser');
    expect(rows[1]).not.toHaveTextContent('This browser');
    await user.click(screen.getByRole('button', { name: 'Sign out the session of Safari on iPhone' }));
    expect(await screen.findByText('That session has ended.')).toBeInTheDocument();
    await screen.findByText('You are signed in only here.');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });
});

describe('Admin: roles that require two-step sign-in', () => {
  it('shows the current setting and saves the roles ticked', async () => {
    const { user } = renderWithProviders(<SecondFactorRolesCard />, {
      session: { me: aCurrentUser({ role: 'ADMIN' }) },
      mocks: [
        {
          request: { query: SecuritySettingsDocument },
          result: {
            data: {
              securitySettings: { __typename: 'SecuritySettings', secondFactorRequiredFor: ['ADMIN'] },
            },
          },
        },
        {
          request: {
            query: SetSecondFactorRequiredRolesDocument,
            variables: { input: { roles: ['ADMIN', 'STAFF'] } },
          },
          result: {
            data: {
              setSecondFactorRequiredRoles: {
                __typename: 'SecuritySettings',
                secondFactorRequiredFor: ['ADMIN', 'STAFF'],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('checkbox', { name: 'Administrator' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Staff' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Staff' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved: two-step sign-in rules updated.')).toBeInTheDocument();
  });
});
