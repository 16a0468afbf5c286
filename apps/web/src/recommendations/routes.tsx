import { Route } from 'react-router';
import { RecommendationPage } from './RecommendationPage';
import { RecommendationsPage } from './RecommendationsPage';

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function recommendationRoutes() {
  return (
    <>
      <Route path="recommendations" element={<RecommendationsPage />} />
      <Route path="recommendations/:id" element={<RecommendationPage />} />
    </>
  );
}
