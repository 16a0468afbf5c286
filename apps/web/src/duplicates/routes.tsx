import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const DuplicatesPage = lazyPage(() => import('./DuplicatesPage'), 'DuplicatesPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function duplicatesRoutes() {
  return <Route path="duplicates" element={<DuplicatesPage />} />;
}
