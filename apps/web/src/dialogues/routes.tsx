import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const DialoguePage = lazyPage(() => import('./DialoguePage'), 'DialoguePage');
const DialoguesPage = lazyPage(() => import('./DialoguesPage'), 'DialoguesPage');

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function dialogueRoutes() {
  return (
    <>
      <Route path="dialogues" element={<DialoguesPage />} />
      <Route path="dialogues/:id/:tab?" element={<DialoguePage />} />
    </>
  );
}
