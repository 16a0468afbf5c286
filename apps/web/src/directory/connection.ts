/** A Relay connection as the directory queries select it. */
export interface ConnectionPage<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { cursor: string; node: Node }[];
}

/**
 * The loaded pages followed by the next one (for fetchMore's updateQuery): edges already loaded are not
 * repeated (a record edited meanwhile may come again), the newer page info and total count win.
 */
export function appendPage<Node extends { id: string }, C extends ConnectionPage<Node>>(
  loaded: C,
  next: C,
): C {
  const seen = new Set(loaded.edges.map((e) => e.node.id));
  return {
    ...next,
    edges: [...loaded.edges, ...next.edges.filter((e) => !seen.has(e.node.id))],
  };
}

export { toCsv } from '../ui/csv';
