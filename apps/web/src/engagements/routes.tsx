import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const EngagementsListPage = lazyPage(() => import('./list/EngagementsListPage'), 'EngagementsListPage');
const EngagementPage = lazyPage(() => import('./record/EngagementPage'), 'EngagementPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function engagementRoutes() {
  return (
    <>
      <Route path="engagements" element={<EngagementsListPage />} />
      <Route path="engagements/:id" element={<EngagementPage />} />
    </>
  );
}
