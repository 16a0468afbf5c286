import { Route } from 'react-router';
import { PeopleListPage } from './list/PeopleListPage';
import { PersonPage } from './record/PersonPage';

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function peopleRoutes() {
  return (
    <>
      <Route path="people" element={<PeopleListPage />} />
      <Route path="people/:id" element={<PersonPage />} />
    </>
  );
}
