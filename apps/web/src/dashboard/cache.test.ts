import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCache } from '../app/apolloClient';

/** The dashboard is one object per filter, asked for by several queries: each answer keeps the others' fields. */
describe('the dashboard in the cache', () => {
  it('keeps the path when the figures arrive again', () => {
    const cache = createCache();
    // Parsed here rather than tagged: these test documents are not the app's, and codegen collects tagged ones.
    const figures = parse(`
      query Figures {
        partnershipDashboard {
          threshold
        }
      }
    `);
    const path = parse(`
      query Path {
        partnershipDashboard {
          networkPath(fromId: "a", toId: "b") {
            nodes {
              id
            }
          }
        }
      }
    `);
    cache.writeQuery({
      query: path,
      data: {
        partnershipDashboard: {
          __typename: 'Dashboard',
          networkPath: { __typename: 'NetworkPath', nodes: [] },
        },
      },
    });
    cache.writeQuery({
      query: figures,
      data: { partnershipDashboard: { __typename: 'Dashboard', threshold: 5 } },
    });
    expect(cache.readQuery({ query: path })).not.toBeNull();
    expect(cache.readQuery({ query: figures })).not.toBeNull();
  });
});
