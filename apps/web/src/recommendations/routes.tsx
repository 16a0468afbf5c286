import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const RecommendationPage = lazyPage(() => import('./RecommendationPage'), 'RecommendationPage');
const RecommendationsPage = lazyPage(() => import('./RecommendationsPage'), 'RecommendationsPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function recommendationRoutes() {
  return (
    <>
      <Route path="recommendations" element={<RecommendationsPage />} />
      <Route path="recommendations/:id" element={<RecommendationPage />} />
    </>
  );
}
