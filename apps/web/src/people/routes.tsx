import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const PeopleListPage = lazyPage(() => import('./list/PeopleListPage'), 'PeopleListPage');
const PersonPage = lazyPage(() => import('./record/PersonPage'), 'PersonPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function peopleRoutes() {
  return (
    <>
      <Route path="people" element={<PeopleListPage />} />
      <Route path="people/:id" element={<PersonPage />} />
    </>
  );
}
