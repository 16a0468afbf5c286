import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from '../app/apolloClient';

/** The dashboard is one object per filter, asked for by several queries: each answer keeps the others' fields. */
describe('the dashboard in the cache', () => {
  it('keeps the path when the figures arrive again', () => {
    const cache = createCache();
    const figures = gql`
      query Figures {
        partnershipDashboard {
          threshold
        }
      }
    `;
    const path = gql`
      query Path {
        partnershipDashboard {
          networkPath(fromId: "a", toId: "b") {
            nodes {
              id
            }
          }
        }
      }
    `;
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
