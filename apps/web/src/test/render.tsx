import type { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createCache } from '../app/apolloClient';
import { cssVariablesResolver, theme } from '../app/theme';
import type { CurrentUser } from '../auth/session';
import { SessionNoticeProvider } from '../auth/SessionNotice';
import { SessionDocument } from '../auth/sessionQuery';
import { createI18n } from '../i18n/i18n';
import type { LanguageCode } from '../i18n/languages';

export interface RenderOptions {
  /** Mocked GraphQL answers, in any order. */
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** A complete link instead of mocks (the app's error link in front of a MockLink, for instance). */
  link?: ApolloLink;
  /** Puts a session in the cache as if the Session query had answered. `undefined` leaves the cache empty. */
  session?: { me: CurrentUser | null; needsFirstAdmin?: boolean };
  route?: string;
  language?: LanguageCode;
  sessionEnded?: boolean;
}

export interface Rendered extends RenderResult {
  user: UserEvent;
  i18n: I18n;
}

/** Renders UI inside the app's providers, with Apollo mocked and the router in memory. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): Rendered {
  const i18n = createI18n(options.language ?? 'en');
  const cache = createCache();
  if (options.session) {
    cache.writeQuery({
      query: SessionDocument,
      data: {
        __typename: 'Query',
        setupStatus: { __typename: 'SetupStatus', needsFirstAdmin: options.session.needsFirstAdmin ?? false },
        me: options.session.me,
      },
    });
  }
  const user = userEvent.setup();
  const result = render(
    <I18nextProvider i18n={i18n}>
      <DirectionProvider detectDirection={false}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
          <Notifications />
          <SessionNoticeProvider initial={options.sessionEnded}>
            <MockedProvider mocks={options.mocks ?? []} link={options.link} cache={cache}>
              <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
            </MockedProvider>
          </SessionNoticeProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>,
  );
  return { ...result, user, i18n };
}
