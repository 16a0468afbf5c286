/** The addresses of this section, mounted inside the signed-in shell (see app/AppRoutes.tsx). */
export function collaborationRoutes() {
  return <></>;
}
