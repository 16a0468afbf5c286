import { useState } from 'react';
import type { Timeline_ItemFragment } from '../../../gql/graphql';
import type { TimelineConnection } from '../../../ui/timeline';

type Edge = { node: Timeline_ItemFragment };
type Page = { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: readonly Edge[] };

/**
 * A timeline's first page (from the page's query) plus the older pages fetched with "show older items", kept
 * in this component until the period changes.
 */
export function usePagedTimeline(
  first: TimelineConnection | null | undefined,
  resetKey: string,
  fetchPage: (after: string) => Promise<Page | null | undefined>,
): { timeline: TimelineConnection | null | undefined; showMore: () => Promise<void> } {
  const [more, setMore] = useState<{ key: string; edges: Edge[]; pageInfo: Page['pageInfo'] } | null>(null);

  const current = more?.key === resetKey ? more : null;
  const timeline: TimelineConnection | null | undefined =
    first && current
      ? {
          totalCount: first.totalCount,
          pageInfo: current.pageInfo,
          edges: [...first.edges, ...current.edges],
        }
      : first;

  const showMore = async () => {
    const cursor = timeline?.pageInfo.endCursor;
    if (!cursor) return;
    const page = await fetchPage(cursor);
    if (!page) return;
    setMore((previous) => ({
      key: resetKey,
      edges: [...(previous?.key === resetKey ? previous.edges : []), ...page.edges],
      pageInfo: page.pageInfo,
    }));
  };

  return { timeline, showMore };
}
