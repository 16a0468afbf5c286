import { Route } from 'react-router';
import { TrashPage } from './TrashPage';

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function trashRoutes() {
  return <Route path="trash" element={<TrashPage />} />;
}
