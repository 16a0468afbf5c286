import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const CollaborationPage = lazyPage(() => import('./CollaborationPage'), 'CollaborationPage');
const CollaborationsPage = lazyPage(() => import('./CollaborationsPage'), 'CollaborationsPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function collaborationRoutes() {
  return (
    <>
      <Route path="collaborations" element={<CollaborationsPage />} />
      <Route path="collaborations/:id" element={<CollaborationPage />} />
    </>
  );
}
