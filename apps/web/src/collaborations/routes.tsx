import { Route } from 'react-router';
import { CollaborationPage } from './CollaborationPage';
import { CollaborationsPage } from './CollaborationsPage';

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function collaborationRoutes() {
  return (
    <>
      <Route path="collaborations" element={<CollaborationsPage />} />
      <Route path="collaborations/:id" element={<CollaborationPage />} />
    </>
  );
}
