// Being built this session (issue 4).
export function PersonPage() {
  return null;
}
