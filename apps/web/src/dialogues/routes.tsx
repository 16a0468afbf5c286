import { Route } from 'react-router';
import { DialoguePage } from './DialoguePage';
import { DialoguesPage } from './DialoguesPage';

/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function dialogueRoutes() {
  return (
    <>
      <Route path="dialogues" element={<DialoguesPage />} />
      <Route path="dialogues/:id/:tab?" element={<DialoguePage />} />
    </>
  );
}
