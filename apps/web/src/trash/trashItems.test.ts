import { describe, expect, it } from 'vitest';
import type { TrashQuery } from '../gql/graphql';
import { LISTED_HERE, trashCounts, trashItems } from './trashItems';

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
    dialogueSessionsInTrash: [
      {
        id: 's1',
        title: 'Opening plenary',
        dialogueId: 'd2',
        dialogue: { id: 'd2', title: '4th CSO–UN Dialogue' },
        deletedAt: '2026-11-19T08:00:00Z',
        history: history('DELETE', 'Amina Diallo'),
      },
    ],
    participationsInTrash: [
      {
        id: 'pa1',
        dialogueId: 'd2',
        person: { id: 'p9', fullName: 'Kofi Mensah', withheld: [] },
        dialogue: { id: 'd2', title: '4th CSO–UN Dialogue' },
        deletedAt: '2026-11-18T08:00:00Z',
        history: history('DELETE', 'Amina Diallo'),
      },
    ],
    affiliationsInTrash: [
      {
        id: 'a1',
        role: 'Coordinator',
        personId: 'p9',
        person: { id: 'p9', fullName: 'Kofi Mensah', withheld: [] },
        organization: { id: 'o9', name: 'WANEP', withheld: [] },
        deletedAt: '2026-11-17T08:00:00Z',
        history: history('DELETE', 'Amina Diallo'),
      },
    ],
    organizationRelationshipsInTrash: [
      {
        id: 'r1',
        type: 'MEMBER_OF',
        sourceId: 'o9',
        source: { id: 'o9', name: 'WANEP', withheld: [] },
        target: { id: 'o8', name: 'GPPAC', withheld: [] },
        deletedAt: '2026-11-16T08:00:00Z',
        history: history('DELETE', 'Amina Diallo'),
      },
    ],
    coreGroupMembershipsInTrash: [
      {
        id: 'c1',
        startDate: '2020-01-01',
        endDate: null,
        organizationId: 'o8',
        organization: { id: 'o8', name: 'GPPAC', withheld: [] },
        deletedAt: '2026-11-15T08:00:00Z',
        history: history('DELETE', 'Amina Diallo'),
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
      'dialogueSession:s1',
      'participation:pa1',
      'affiliation:a1',
      'relationship:r1',
      'coreGroupMembership:c1',
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

  it('names what the records that hang off others belong to, and opens where they were', () => {
    const items = trashItems(data());
    expect(items.find((item) => item.id === 's1')).toMatchObject({
      name: 'Opening plenary',
      context: '4th CSO–UN Dialogue',
      href: '/dialogues/d2/sessions',
    });
    expect(items.find((item) => item.id === 'a1')).toMatchObject({
      name: 'Kofi Mensah',
      context: 'Coordinator · WANEP',
      href: '/people/p9?tab=relationships',
    });
    expect(items.find((item) => item.id === 'r1')).toMatchObject({
      name: 'WANEP → GPPAC',
      relationshipType: 'MEMBER_OF',
    });
    // Listed by the API without a text filter: searched here, by any of their names.
    const listedHere = trashItems(data(), 'gppac').filter((item) => LISTED_HERE.includes(item.type));
    expect(listedHere.map((item) => item.id)).toEqual(['r1', 'c1']);
    expect(trashCounts(data(), 'kofi')).toMatchObject({ participation: 1, affiliation: 1, relationship: 0 });
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
      dialogueSession: 1,
      participation: 1,
      affiliation: 1,
      relationship: 1,
      coreGroupMembership: 1,
    });
  });
});
