// Being built this session (issue 4).
export function PeopleListPage() {
  return null;
}
