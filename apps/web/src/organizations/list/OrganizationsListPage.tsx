// Being built this session (issue 4).
export function OrganizationsListPage() {
  return null;
}
