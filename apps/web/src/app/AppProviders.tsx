import type { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import 'dayjs/locale/ar';
import 'dayjs/locale/es';
import 'dayjs/locale/fr';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { endSession } from '../auth/session';
import { SessionNoticeProvider, useSessionNotice } from '../auth/SessionNotice';
import { createI18n } from '../i18n/i18n';
import { initialLanguage, languageOf } from '../i18n/languages';
import { createApolloClient } from './apolloClient';
import { cssVariablesResolver, theme } from './theme';

/** Apollo, with the error link wired to the session notice: an ended session leads back to sign-in. */
function Apollo({ children, link }: { children: ReactNode; link?: ApolloLink }) {
  const { setSessionEnded } = useSessionNotice();
  const [client] = useState(() => {
    const created = createApolloClient({
      link,
      onSessionEnded: () => {
        setSessionEnded(true);
        endSession(created);
      },
    });
    return created;
  });
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}

// Date pickers read and write dates typed in the words of the interface language ("3 décembre 2026").
dayjs.extend(customParseFormat);

/** Date pickers (calendars, month names, first day of the week) in the interface language. */
function DatesLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.resolvedLanguage ?? i18n.language }}>{children}</DatesProvider>
  );
}

/** Everything the app runs inside: translations, direction, theme, notifications, session notice, Apollo. */
export interface AppProvidersProps {
  children: ReactNode;
  /** Replaces the HTTP link to the API; tests pass a MockLink and keep the rest of the wiring real. */
  link?: ApolloLink;
}

export function AppProviders({ children, link }: AppProvidersProps) {
  const [i18n] = useState(() => createI18n(initialLanguage()));
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={languageOf(i18n.language).dir} detectDirection={false}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <DatesLanguage>
            <Notifications position="bottom-right" />
            <SessionNoticeProvider>
              <Apollo link={link}>{children}</Apollo>
            </SessionNoticeProvider>
          </DatesLanguage>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
