import { levelsClearedFor, type Visibility } from '@convene/domain';

/**
 * The need-to-know predicate, in one place: a protected person's or organisation's row (alias `a`, with its
 * `risk_level` and `id`) is visible when the viewer's clearance covers its level or they hold an active named
 * grant for it (`CurrentUser.grantedIds`, loaded with the session: no lookup per row or per query).
 * Lists, search, exports, the network graph, history, links and the trash all filter through it.
 */
export function visibleWhere(alias: string, viewer: Visibility): [string, Record<string, unknown>] {
  return [visibleClause(alias), visibleParams(viewer)];
}

/** `visibleWhere`'s SQL alone, for a query that passes `visibleParams(viewer)` once for several aliases. */
export function visibleClause(alias: string): string {
  return `(${alias}.risk_level IN (:...ntkLevels) OR ${alias}.id = ANY(CAST(:ntkGranted AS uuid[])))`;
}

/** The parameters `visibleWhere` names (for a query that uses the predicate on several aliases). */
export function visibleParams(viewer: Visibility): { ntkLevels: string[]; ntkGranted: string[] } {
  return { ntkLevels: levelsClearedFor(viewer.clearance), ntkGranted: [...(viewer.grantedIds ?? [])] };
}

/**
 * The same predicate for raw SQL with positional parameters: `levels` and `granted` are the placeholders
 * (e.g. `$3`) of `levelsClearedFor(viewer.clearance)` and `viewer.grantedIds` (see `visibleValues`).
 */
export function visibleSql(alias: string, levels: string, granted: string): string {
  return `(${alias}.risk_level::text = ANY(${levels}::text[]) OR ${alias}.id = ANY(${granted}::uuid[]))`;
}

/** The values for `visibleSql`'s two placeholders, in order. */
export function visibleValues(viewer: Visibility): [string[], string[]] {
  return [levelsClearedFor(viewer.clearance), [...(viewer.grantedIds ?? [])]];
}
