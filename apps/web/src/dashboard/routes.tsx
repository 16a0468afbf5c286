import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const DashboardPage = lazyPage(() => import('./DashboardPage'), 'DashboardPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function dashboardRoutes() {
  return <Route path="dashboard" element={<DashboardPage />} />;
}
