import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const OrganizationsListPage = lazyPage(() => import('./list/OrganizationsListPage'), 'OrganizationsListPage');
const OrganizationPage = lazyPage(() => import('./record/OrganizationPage'), 'OrganizationPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function organizationRoutes() {
  return (
    <>
      <Route path="organizations" element={<OrganizationsListPage />} />
      <Route path="organizations/:id" element={<OrganizationPage />} />
    </>
  );
}
