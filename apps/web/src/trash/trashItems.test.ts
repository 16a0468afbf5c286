import { describe, expect, it } from 'vitest';
import type { TrashQuery } from '../gql/graphql';
import { trashCounts, trashItems } from './trashItems';

const history = (action: string, actorName: string | null) => ({
  __typename: 'HistoryEntryConnection' as const,
  edges: [
    {
      __typename: 'HistoryEntryEdge' as const,
      node: { __typename: 'HistoryEntry' as const, id: 'h', action, actorName, at: '2026-11-01T00:00:00Z' },
    },
  ],
});
const connection = <T>(nodes: T[], totalCount = nodes.length) => ({
  totalCount,
  edges: nodes.map((node) => ({ node })),
});

function data(): TrashQuery {
  return {
    __typename: 'Query',
    organizations: {
      __typename: 'OrganizationConnection',
      ...connection([
        {
          __typename: 'Organization',
          id: 'o1',
          name: 'Peace Direct',
          acronym: null,
          kind: 'INTERNATIONAL_NGO',
          withheld: [],
          deletedAt: '2026-11-20T10:00:00Z',
          history: history('DELETE', 'Amina Diallo'),
        },
        {
          __typename: 'Organization',
          id: 'o2',
          name: null,
          acronym: null,
          kind: 'CSO',
          withheld: ['name', 'country'],
          deletedAt: '2026-11-25T10:00:00Z',
          history: history('DELETE', 'Kofi Mensah'),
        },
      ]),
    },
    people: {
      __typename: 'PersonConnection',
      ...connection([
        {
          __typename: 'Person',
          id: 'p1',
          fullName: 'Lena Ortiz',
          withheld: [],
          deletedAt: '2026-11-26T09:00:00Z',
          history: history('UPDATE', 'Someone'),
        },
      ]),
    },
    engagements: {
      __typename: 'EngagementConnection',
      ...connection(
        [
          {
            __typename: 'Engagement',
            id: 'e1',
            title: 'Call with WANEP',
            type: 'CALL',
            date: '2026-10-01',
            deletedAt: '2026-11-22T08:00:00Z',
            history: history('DELETE', 'Amina Diallo'),
          },
        ],
        60,
      ),
    },
    followUps: { __typename: 'FollowUpConnection', ...connection([]) },
    collaborations: { __typename: 'CollaborationConnection', ...connection([]) },
    recommendations: { __typename: 'RecommendationConnection', ...connection([]) },
    dialogues: [
      {
        __typename: 'Dialogue',
        id: 'd1',
        number: 3,
        title: '3rd CSO–UN Dialogue',
        deletedAt: '2026-11-21T08:00:00Z',
        history: history('DELETE', null),
      },
    ],
  } as unknown as TrashQuery;
}

describe('trashItems', () => {
  it('puts every kind in one list, newest deletion first', () => {
    expect(trashItems(data()).map((item) => `${item.type}:${item.id}`)).toEqual([
      'person:p1',
      'organization:o2',
      'engagement:e1',
      'dialogue:d1',
      'organization:o1',
    ]);
  });

  it('keeps a protected record withheld (no name), and says who deleted it only when history does', () => {
    const items = trashItems(data());
    const hidden = items.find((item) => item.id === 'o2');
    expect(hidden).toMatchObject({ withheld: true, name: null, deletedBy: 'Kofi Mensah' });
    // The newest history entry of Lena is not the deletion: nobody is named.
    expect(items.find((item) => item.id === 'p1')?.deletedBy).toBeNull();
    expect(items.find((item) => item.id === 'o1')).toMatchObject({
      name: 'Peace Direct',
      deletedBy: 'Amina Diallo',
      href: '/organizations/o1',
    });
  });

  it('filters Dialogues by the search text here (the API filters the rest)', () => {
    expect(trashItems(data(), 'peace').some((item) => item.type === 'dialogue')).toBe(false);
    expect(trashItems(data(), '3rd').some((item) => item.type === 'dialogue')).toBe(true);
  });

  it('counts each kind from the API totals', () => {
    expect(trashCounts(data())).toEqual({
      organization: 2,
      person: 1,
      engagement: 60,
      followUp: 0,
      collaboration: 0,
      recommendation: 0,
      dialogue: 1,
    });
  });
});
