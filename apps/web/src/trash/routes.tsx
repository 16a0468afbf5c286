import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const TrashPage = lazyPage(() => import('./TrashPage'), 'TrashPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function trashRoutes() {
  return <Route path="trash" element={<TrashPage />} />;
}
