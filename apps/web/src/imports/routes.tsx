import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const ImportPage = lazyPage(() => import('./ImportPage'), 'ImportPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function importRoutes() {
  return <Route path="import" element={<ImportPage />} />;
}
