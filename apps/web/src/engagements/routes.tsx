import { Route } from 'react-router';
import { EngagementsListPage } from './list/EngagementsListPage';
import { EngagementPage } from './record/EngagementPage';

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function engagementRoutes() {
  return (
    <>
      <Route path="engagements" element={<EngagementsListPage />} />
      <Route path="engagements/:id" element={<EngagementPage />} />
    </>
  );
}
