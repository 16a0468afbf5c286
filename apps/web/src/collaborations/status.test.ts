import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  collaborationFilter,
  dropTarget,
  groupByStatus,
  otherStatuses,
  readCollaborationsParams,
} from './status';

const card = (id: string, status: 'IDEA' | 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'DROPPED') => ({
  id,
  status,
});

describe('the collaborations board', () => {
  it('puts each card in its status column, in the order the API gave', () => {
    const columns = groupByStatus([card('a', 'ACTIVE'), card('b', 'IDEA'), card('c', 'ACTIVE')]);
    expect(columns.ACTIVE.map((c) => c.id)).toEqual(['a', 'c']);
    expect(columns.IDEA.map((c) => c.id)).toEqual(['b']);
    expect(columns.PLANNED).toEqual([]);
  });

  it('shows a card being moved in the column it moves to until the API answers', () => {
    const columns = groupByStatus([card('a', 'IDEA')], new Map([['a', 'PLANNED']]));
    expect(columns.IDEA).toEqual([]);
    expect(columns.PLANNED.map((c) => c.id)).toEqual(['a']);
  });

  it('asks for a move only when a card lands in another column', () => {
    expect(dropTarget('a', { droppableId: 'IDEA' }, { droppableId: 'ACTIVE' })).toEqual({
      id: 'a',
      status: 'ACTIVE',
    });
    expect(dropTarget('a', { droppableId: 'IDEA' }, { droppableId: 'IDEA' })).toBeNull();
    expect(dropTarget('a', { droppableId: 'IDEA' }, null)).toBeNull();
    expect(dropTarget('a', { droppableId: 'IDEA' }, { droppableId: 'SOMEWHERE' })).toBeNull();
  });

  it('offers every other status in the "Move to…" menu', () => {
    expect(otherStatuses('ACTIVE')).toEqual(['IDEA', 'PLANNED', 'COMPLETED', 'DROPPED']);
  });
});

describe('the collaborations URL', () => {
  it('reads the view and filters, ignoring what it does not know', () => {
    const state = readCollaborationsParams(
      new URLSearchParams('view=list&status=ACTIVE,BOGUS,PLANNED&kind=TRIANGULAR&theme=yps&since=1&q=sahel'),
    );
    expect(state).toEqual({
      view: 'list',
      statuses: ['ACTIVE', 'PLANNED'],
      kinds: ['TRIANGULAR'],
      theme: 'yps',
      sinceLastDialogue: true,
      active: null,
      text: 'sahel',
    });
    expect(activeFilterCount(state)).toBe(5);
    expect(collaborationFilter(state)).toEqual({
      statuses: ['ACTIVE', 'PLANNED'],
      southSouth: ['TRIANGULAR'],
      themes: ['yps'],
      sinceLastDialogue: true,
      text: 'sahel',
    });
  });

  it('reads a period of activity (the dashboard’s drill-down) only when both days are sound', () => {
    const state = readCollaborationsParams(new URLSearchParams('activeFrom=2025-12-10&activeTo=2026-11-27'));
    expect(state.active).toEqual({ from: '2025-12-10', to: '2026-11-27' });
    expect(collaborationFilter(state)).toEqual({ activeFrom: '2025-12-10', activeTo: '2026-11-27' });
    expect(activeFilterCount(state)).toBe(1);
    for (const bad of [
      'activeFrom=2025-12-10',
      'activeFrom=2026-12-10&activeTo=2026-11-27',
      'activeFrom=x&activeTo=y',
    ])
      expect(readCollaborationsParams(new URLSearchParams(bad)).active).toBeNull();
  });

  it('defaults to the board with no filter', () => {
    const state = readCollaborationsParams(new URLSearchParams(''));
    expect(state.view).toBe('board');
    expect(collaborationFilter(state)).toEqual({});
    expect(activeFilterCount(state)).toBe(0);
  });
});
