import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const FollowUpsPage = lazyPage(() => import('./FollowUpsPage'), 'FollowUpsPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function followUpRoutes() {
  return <Route path="follow-ups" element={<FollowUpsPage />} />;
}
