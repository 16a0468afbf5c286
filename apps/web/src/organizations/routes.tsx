import { Route } from 'react-router';
import { OrganizationsListPage } from './list/OrganizationsListPage';
import { OrganizationPage } from './record/OrganizationPage';

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function organizationRoutes() {
  return (
    <>
      <Route path="organizations" element={<OrganizationsListPage />} />
      <Route path="organizations/:id" element={<OrganizationPage />} />
    </>
  );
}
