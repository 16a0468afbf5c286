import type { DashboardFilter } from '../gql/graphql';

/**
 * Where a figure's records are: a list, filtered to the very records the figure counts. Each function returns
 * null when no list can show exactly those (a filter the list does not have): a link to a different set of
 * records would make a trusted number look wrong.
 */
export interface DrillScope {
  /** The dashboard's period (days, inclusive) and its cycle, if it is one. */
  from: string;
  to: string;
  cycle: number | null;
  /** The period is the current cycle (it runs to today). */
  current: boolean;
  filter: DashboardFilter;
}

const has = (values: readonly unknown[] | null | undefined) => !!values?.length;

/** A whole cycle with no filter on engagements: lists of records "of the cycle" match the figure. */
const wholeCycle = (s: DrillScope) =>
  s.cycle !== null &&
  !has(s.filter.themes) &&
  !has(s.filter.organizationKinds) &&
  !has(s.filter.regionCodes) &&
  !s.filter.coreGroupMemberId;

function link(path: string, params: [string, string | number | null | undefined][]): string {
  const q = new URLSearchParams();
  for (const [name, value] of params)
    if (value !== null && value !== undefined && value !== '') q.append(name, String(value));
  return `${path}?${q.toString()}`;
}

/** Last day of a YYYY-MM month. */
function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * Engagements of the period under the dashboard's filters, narrowed to a month, type, theme, kind of
 * organisation or organisation. The list has every filter the dashboard has (a kind with a region: one
 * organisation of that kind based there), so this link always exists but for a theme outside the theme filter.
 */
export function engagementsLink(
  s: DrillScope,
  narrow: { month?: string; type?: string; theme?: string; kind?: string; organizationId?: string } = {},
): string | null {
  const f = s.filter;
  if (narrow.theme && has(f.themes) && !f.themes?.includes(narrow.theme)) return null;
  if (narrow.organizationId && f.coreGroupMemberId && narrow.organizationId !== f.coreGroupMemberId)
    return null;
  let { from, to } = s;
  if (narrow.month) {
    const start = `${narrow.month}-01`;
    const end = monthEnd(narrow.month);
    if (start > from) from = start;
    if (end < to) to = end;
  }
  const themes = narrow.theme ? [narrow.theme] : (f.themes ?? []);
  const kinds = narrow.kind ? [narrow.kind] : (f.organizationKinds ?? []);
  return link('/engagements', [
    ['from', from],
    ['to', to],
    ['type', narrow.type],
    ...themes.map((th): [string, string] => ['theme', th]),
    ...kinds.map((k): [string, string] => ['kind', k]),
    ...(f.regionCodes ?? []).map((r): [string, string] => ['region', r]),
    ['org', narrow.organizationId ?? f.coreGroupMemberId],
  ]);
}

/**
 * Organisations engaged in the cycle (the directory's cycle filter), by kind and region, narrowed to a country or
 * region. Not for a date range, a theme (the directory's theme is the organisation's own) or a member.
 */
export function organizationsLink(
  s: DrillScope,
  narrow: { country?: string; region?: string } = {},
): string | null {
  const f = s.filter;
  if (s.cycle === null || has(f.themes) || f.coreGroupMemberId) return null;
  if (narrow.region && has(f.regionCodes)) return null;
  return link('/organizations', [
    ['cycle', String(s.cycle)],
    ['country', narrow.country],
    ...(f.organizationKinds ?? []).map((k): [string, string] => ['kind', k]),
    ...(narrow.region ? [narrow.region] : (f.regionCodes ?? [])).map((r): [string, string] => ['region', r]),
  ]);
}

/** An owner's open follow-ups due in the cycle. Not when a filter narrows follow-ups to some engagements. */
export function followUpsLink(s: DrillScope, ownerId: string): string | null {
  if (!wholeCycle(s)) return null;
  return link('/follow-ups', [
    ['view', 'everyone'],
    ['owner', ownerId],
    ['cycle', String(s.cycle)],
  ]);
}

/**
 * Collaborations active in the period, by status or South–South kind (the list takes one theme, and no kind,
 * region or member of a partner).
 */
export function collaborationsLink(
  s: DrillScope,
  narrow: { status?: string; southSouth?: string } = {},
): string | null {
  const f = s.filter;
  if (has(f.organizationKinds) || has(f.regionCodes) || f.coreGroupMemberId || (f.themes?.length ?? 0) > 1)
    return null;
  return link('/collaborations', [
    ['view', 'list'],
    ['activeFrom', s.from],
    ['activeTo', s.to],
    ['status', narrow.status],
    ['kind', narrow.southSouth],
    ['theme', f.themes?.[0]],
  ]);
}

/**
 * Recommendations at a stage: the figure counts those of every Dialogue held by the period's end, which is all
 * of them only in the current cycle (the list takes one theme).
 */
export function recommendationsLink(s: DrillScope, status: string): string | null {
  if (!s.current || (s.filter.themes?.length ?? 0) > 1) return null;
  return link('/recommendations', [
    ['status', status],
    ['theme', s.filter.themes?.[0]],
  ]);
}

/**
 * People who took part in an engagement of the cycle, or those of them based in the Global South. Women and youth
 * have no list: the directory never filters people by gender or age.
 */
export function peopleLink(s: DrillScope, group: 'total' | 'globalSouth'): string | null {
  if (!wholeCycle(s)) return null;
  return link('/people', [
    ['cycle', String(s.cycle)],
    ['gs', group === 'globalSouth' ? 'yes' : null],
  ]);
}

/** A Dialogue's page at a tab: its participants, or their representation. */
export const dialogueLink = (
  id: string | number | null | undefined,
  tab: 'participants' | 'representation',
) => (id === null || id === undefined ? null : `/dialogues/${id}/${tab}`);
