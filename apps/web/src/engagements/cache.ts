import type { ApolloCache } from '@apollo/client';

/**
 * After logging, deleting or restoring an engagement: lists of engagements and follow-ups, and the timelines
 * and recent engagements of organisations and people, are fetched again when next shown rather than patched
 * by hand (an engagement changes many of them at once).
 */
export function forgetEngagementLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'engagements' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'followUps' });
  for (const id of Object.keys(cache.extract() as Record<string, unknown>)) {
    if (!id.startsWith('Organization:') && !id.startsWith('Person:')) continue;
    cache.evict({ id, fieldName: 'timeline' });
    cache.evict({ id, fieldName: 'recentEngagements' });
    cache.evict({ id, fieldName: 'followUps' });
  }
  cache.gc();
}
