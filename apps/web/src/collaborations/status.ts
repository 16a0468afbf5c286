import type { CollaborationFilter, CollaborationStatus, PartnerRole, SouthSouthKind } from '../gql/graphql';

/** The board's columns, in the order a collaboration moves through them. */
export const COLLABORATION_STATUSES: readonly CollaborationStatus[] = [
  'IDEA',
  'PLANNED',
  'ACTIVE',
  'COMPLETED',
  'DROPPED',
];

export const SOUTH_SOUTH_KINDS: readonly SouthSouthKind[] = ['SOUTH_SOUTH', 'TRIANGULAR', 'NORTH_SOUTH'];

export const PARTNER_ROLES: readonly PartnerRole[] = ['LEAD', 'PARTNER', 'FUNDER'];

export function isCollaborationStatus(value: unknown): value is CollaborationStatus {
  return typeof value === 'string' && (COLLABORATION_STATUSES as readonly string[]).includes(value);
}

export function isSouthSouthKind(value: unknown): value is SouthSouthKind {
  return typeof value === 'string' && (SOUTH_SOUTH_KINDS as readonly string[]).includes(value);
}

/** Cards grouped by column, keeping the order the API gave (newest first) within each column. */
export function groupByStatus<T extends { id: string; status: CollaborationStatus }>(
  items: readonly T[],
  overrides: ReadonlyMap<string, CollaborationStatus> = new Map(),
): Record<CollaborationStatus, T[]> {
  const columns: Record<CollaborationStatus, T[]> = {
    IDEA: [],
    PLANNED: [],
    ACTIVE: [],
    COMPLETED: [],
    DROPPED: [],
  };
  for (const item of items) columns[overrides.get(item.id) ?? item.status].push(item);
  return columns;
}

/**
 * What a drop asks for: null when nothing changes (dropped outside a column, or back into its own column),
 * else the card and the status it moves to.
 */
export function dropTarget(
  draggableId: string,
  source: { droppableId: string },
  destination: { droppableId: string } | null | undefined,
): { id: string; status: CollaborationStatus } | null {
  if (!destination || destination.droppableId === source.droppableId) return null;
  if (!isCollaborationStatus(destination.droppableId)) return null;
  return { id: draggableId, status: destination.droppableId };
}

/** The statuses a card may be moved to from the "Move to…" menu: every other column. */
export function otherStatuses(current: CollaborationStatus): CollaborationStatus[] {
  return COLLABORATION_STATUSES.filter((status) => status !== current);
}

export type CollaborationsView = 'board' | 'list';

/** The board's and the list's state, as the URL holds it (`?view=list&status=ACTIVE,PLANNED&kind=…`). */
export interface CollaborationsParams {
  view: CollaborationsView;
  statuses: CollaborationStatus[];
  kinds: SouthSouthKind[];
  theme: string | null;
  sinceLastDialogue: boolean;
  /** Active at some time in this period (`?activeFrom=…&activeTo=…`, as the dashboard links to it). */
  active: { from: string; to: string } | null;
  text: string;
}

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const activePeriod = (from: string | null, to: string | null) =>
  from && to && DAY.test(from) && DAY.test(to) && from <= to ? { from, to } : null;

export function readCollaborationsParams(params: URLSearchParams): CollaborationsParams {
  return {
    view: params.get('view') === 'list' ? 'list' : 'board',
    statuses: list(params.get('status')).filter(isCollaborationStatus),
    kinds: list(params.get('kind')).filter(isSouthSouthKind),
    theme: params.get('theme') || null,
    sinceLastDialogue: params.get('since') === '1',
    active: activePeriod(params.get('activeFrom'), params.get('activeTo')),
    text: params.get('q') ?? '',
  };
}

/** The filter as the API takes it. */
export function collaborationFilter(state: CollaborationsParams): CollaborationFilter {
  return {
    ...(state.statuses.length ? { statuses: state.statuses } : {}),
    ...(state.kinds.length ? { southSouth: state.kinds } : {}),
    ...(state.theme ? { themes: [state.theme] } : {}),
    ...(state.sinceLastDialogue ? { sinceLastDialogue: true } : {}),
    ...(state.active ? { activeFrom: state.active.from, activeTo: state.active.to } : {}),
    ...(state.text.trim() ? { text: state.text.trim() } : {}),
  };
}

/** How many filters narrow the view (the text search included), for "Clear filters". */
export function activeFilterCount(state: CollaborationsParams): number {
  return (
    (state.statuses.length ? 1 : 0) +
    (state.kinds.length ? 1 : 0) +
    (state.theme ? 1 : 0) +
    (state.sinceLastDialogue ? 1 : 0) +
    (state.active ? 1 : 0) +
    (state.text.trim() ? 1 : 0)
  );
}
