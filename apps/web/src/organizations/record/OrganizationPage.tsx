// Being built this session (issue 4).
export function OrganizationPage() {
  return null;
}
