import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { UsersPage } from '../admin/UsersPage';
import { ExportLogPage } from '../exports/ExportLogPage';
import { AccessLogPage } from '../protection/AccessLogPage';
import { RetentionPage } from '../retention/RetentionPage';
import { AcceptInvitationPage } from '../auth/AcceptInvitationPage';
import { LoginPage } from '../auth/LoginPage';
import { SetupPage } from '../auth/SetupPage';
import { useSession } from '../auth/useSession';
import { collaborationRoutes } from '../collaborations/routes';
import { dialogueRoutes } from '../dialogues/routes';
import { engagementRoutes } from '../engagements/routes';
import { followUpRoutes } from '../follow-ups/routes';
import { HomePage } from '../home/HomePage';
import { useAccountLanguage } from '../i18n/useAccountLanguage';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';
import { organizationRoutes } from '../organizations/routes';
import { peopleRoutes } from '../people/routes';
import { recommendationRoutes } from '../recommendations/routes';
import { dashboardRoutes } from '../dashboard/routes';
import { trashRoutes } from '../trash/routes';
import { duplicatesRoutes } from '../duplicates/routes';
import { importRoutes } from '../imports/routes';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FullPageLoader, FullPageMessage } from '../ui/FullPageMessage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole, RequireSetUp, SetupOnly, SignedInOnly, SignedOutOnly } from './guards';
import { SecurityPage } from '../security/SecurityPage';

/**
 * Every address of the app. On load the session query says whether Convene is set up and who is signed in;
 * the guards send people to the one place that makes sense: set-up, sign-in, or the shell.
 */
export function AppRoutes() {
  const { t } = useTranslation();
  const session = useSession();
  useDocumentLanguage();
  useAccountLanguage(session.me?.locale);

  if (session.loading) return <FullPageLoader label={t('app.loading')} />;
  if (session.error && !session.me && !session.needsFirstAdmin) {
    return (
      <FullPageMessage>
        <ErrorAlert error={session.error} title={t('app.startupError')} onRetry={session.refetch} />
        <div>
          <Button variant="subtle" onClick={() => window.location.reload()}>
            {t('app.reload')}
          </Button>
        </div>
      </FullPageMessage>
    );
  }

  return (
    <Routes>
      <Route
        path="/setup"
        element={
          <SetupOnly>
            <SetupPage />
          </SetupOnly>
        }
      />
      <Route
        path="/login"
        element={
          <SignedOutOnly>
            <LoginPage />
          </SignedOutOnly>
        }
      />
      <Route
        path="/invite/:token"
        element={
          <RequireSetUp>
            <AcceptInvitationPage />
          </RequireSetUp>
        }
      />
      <Route
        element={
          <SignedInOnly>
            <AppLayout />
          </SignedInOnly>
        }
      >
        <Route index element={<HomePage />} />
        {organizationRoutes()}
        {peopleRoutes()}
        {engagementRoutes()}
        {followUpRoutes()}
        {dialogueRoutes()}
        {collaborationRoutes()}
        {recommendationRoutes()}
        {dashboardRoutes()}
        {trashRoutes()}
        {duplicatesRoutes()}
        {importRoutes()}
        <Route
          path="admin/users"
          element={
            <RequireRole role="ADMIN">
              <UsersPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/exports"
          element={
            <RequireRole role="ADMIN">
              <ExportLogPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/access-log"
          element={
            <RequireRole role="ADMIN">
              <AccessLogPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/retention"
          element={
            <RequireRole role="ADMIN">
              <RetentionPage />
            </RequireRole>
          }
        />
        <Route path="account/security" element={<SecurityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
