import { cycleOf, cyclesOf, type DialogueDates, suppress, type OrganizationKind } from '@convene/domain';
import type { CurrentUser } from '../auth/current-user';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InvalidInputError } from '../common/domain-error';
import { visibleSql, visibleValues } from '../common/visibility';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.tokens';
import { IndexGraph, LinkGraph, shortestPath, type NetworkGraph } from './dashboard-network';
import { DashboardIndex, INDEX_ARRAYS, type IndexArray, type IndexMeta } from './dashboard-index';
import {
  DashboardRollups,
  ROLLUP_STATE_COLUMNS,
  indexIsFresh,
  rollupFor,
  rollupStateOf,
  type RollupState,
} from './dashboard-rollups';
import { DAY, addDays, followUpsTo, periodsOfCycle, today } from './dashboard-periods';
import {
  COLLABORATION_STATUSES,
  FIGURE_SQL,
  INDEX_FINISH,
  NETWORK_SQL,
  NON_ENGAGEMENT_LINKS_SQL,
  RECOMMENDATION_STAGES,
  scopeParams,
  type FigureName,
  type Scope,
} from './dashboard-figures';
import type {
  NetworkNode,
  NetworkPath,
  PartnershipNetwork,
  DashboardRepresentation,
  PeopleFigures,
  Retention,
  CoreGroupActivity,
  Dashboard,
  DashboardFilter,
  DashboardPeriod,
  FollowUpHealth,
  GroupCount,
  KeyedCount,
} from './dashboard.model';

/** The figures of the dashboard, as GraphQL fields. */
export const DASHBOARD_FIELDS = [
  'activePartners',
  'engagementsByMonth',
  'engagementsByType',
  'engagementsByTheme',
  'engagementsByOrganizationKind',
  'countriesEngaged',
  'subRegionsReached',
  'followUpHealth',
  'collaborationPipeline',
  'collaborationKinds',
  'recommendationsByStage',
  'coreGroupActivity',
  'representation',
  'retention',
] as const;
export type DashboardField = (typeof DASHBOARD_FIELDS)[number];

interface PeopleRow {
  dialogue_number: number | null;
  dialogue_id?: string | null;
  total: number;
  global_south: number;
  women: number;
  youth: number;
}

type ContextRow = Parameters<typeof rollupStateOf>[0] & { dialogues: DialogueDates[]; today: string };

/**
 * The Dialogues and the rollups' state serve every request for this long: a dashboard is allowed to be a minute
 * behind, and reading them once a second rather than per request takes a round trip off every figure. The
 * rollups' staleness limit allows for it.
 */
export const CONTEXT_TTL_MS = 1000;

/** Counts of people or organisations below the threshold are suppressed; activity counts are not. */
export function groupCount(count: number, threshold: number): GroupCount {
  return count > 0 && count < threshold ? { count: null, suppressed: true } : { count, suppressed: false };
}

/** The median of a histogram: `counts[i]` values equal to `values[i]`. */
export function medianOf(values: number[], counts: number[]): number | null {
  const merged = new Map<number, number>();
  values.forEach((v, i) => merged.set(v, (merged.get(v) ?? 0) + counts[i]));
  const sorted = [...merged.entries()].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((n, [, c]) => n + c, 0);
  if (!total) return null;
  /** The value at 0-based position `at` of the sorted values. */
  const at = (position: number) => {
    let seen = 0;
    for (const [value, count] of sorted) if ((seen += count) > position) return value;
    return sorted[sorted.length - 1][0];
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Every YYYY-MM from `from` to `to`. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const [ty, tm] = to.slice(0, 7).split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

@Injectable()
export class DashboardService implements OnApplicationBootstrap {
  /** Counts of people or organisations below this read "fewer than N" (SUPPRESS_BELOW, default 5). */
  readonly threshold: number;
  private readonly logger = new Logger('DashboardService');
  /** From this many engagements the rollups and the index answer; below, the live tables (DASHBOARD_ROLLUPS_FROM). */
  private readonly rollupsFrom: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    rollups: DashboardRollups,
  ) {
    this.threshold = config.suppressBelow;
    this.rollupsFrom = config.dashboardRollupsFrom;
    rollups.onRefreshed(() => {
      this.cached = undefined;
      this.startLoadingIndex();
    });
  }

  /** What every dashboard request needs first, read at most once a second (see CONTEXT_TTL_MS). */
  private cached: { at: number; row: Promise<ContextRow> } | undefined;

  /** The Dialogues (for cycles) and the rollups' state, in one round trip. */
  private context(): Promise<ContextRow> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CONTEXT_TTL_MS) return this.cached.row;
    const row = this.db
      .query(
        `SELECT (SELECT coalesce(json_agg(json_build_object('number', d.number, 'startDate', d.start_date,
                 'endDate', d.end_date)), '[]'::json) FROM dialogues d WHERE d.deleted_at IS NULL) AS dialogues,
              current_date::text AS today, ${ROLLUP_STATE_COLUMNS}`,
      )
      .then((rows: ContextRow[]) => rows[0]);
    this.cached = { at: now, row };
    row.catch(() => (this.cached = undefined));
    return row;
  }

  /** The period the filter names (a cycle, a range, or the current cycle) and the one to compare with. */
  async open(filter: DashboardFilter): Promise<Dashboard> {
    if ((filter.from === undefined) !== (filter.to === undefined))
      throw InvalidInputError.field(
        filter.from === undefined ? 'from' : 'to',
        'is needed with the other date',
      );
    if (filter.from && filter.to && filter.to < filter.from)
      throw InvalidInputError.field('to', 'must be on or after from');
    if (filter.from && filter.cycle !== undefined)
      throw InvalidInputError.field('cycle', 'cannot be combined with a date range');

    const row = await this.context();
    let period: DashboardPeriod;
    let previousPeriod: DashboardPeriod | null;
    let openEnded = false;
    if (filter.from && filter.to) {
      const days = Math.round((Date.parse(filter.to) - Date.parse(filter.from)) / DAY) + 1;
      period = { from: filter.from, to: filter.to, cycle: null };
      previousPeriod = { from: addDays(filter.from, -days), to: addDays(filter.from, -1), cycle: null };
    } else {
      const { dialogues } = row;
      const cycles = cyclesOf(dialogues);
      const cycle =
        filter.cycle === undefined
          ? cycleOf(today(), dialogues)
          : cycles.find((c) => c.number === filter.cycle);
      if (!cycle) throw InvalidInputError.field('cycle', 'is not a Dialogue cycle');
      ({ period, previousPeriod, openEnded } = periodsOfCycle(cycle, cycles, today()));
    }
    const dashboard: Dashboard = { period, previousPeriod, threshold: this.threshold, filter, openEnded };
    // A small register reads the live tables: exact to the second, and as fast.
    const state = rollupStateOf(row);
    this.rollupStateOf.set(dashboard, state && state.engagements >= this.rollupsFrom ? state : null);
    this.todayOf.set(dashboard, row.today);
    return dashboard;
  }

  scopeOf(dashboard: Dashboard, period: DashboardPeriod = dashboard.period): Scope {
    const f = dashboard.filter;
    const list = <T>(values: T[] | undefined) => (values?.length ? values : null);
    return {
      from: period.from,
      to: period.to,
      themes: list(f.themes),
      kinds: list(f.organizationKinds),
      regions: list(f.regionCodes),
      memberId: f.coreGroupMemberId ?? null,
      cycle: period.cycle,
    };
  }

  /**
   * The statements behind each figure (GraphQL field) of a dashboard: what the service runs, and what
   * `npm run bench -- --suite dashboard` runs straight against the database to compare.
   */
  runsFor(field: DashboardField, d: Dashboard): { figure: FigureName; scope: Scope }[] {
    if (field === 'activePartners')
      return [d.period, ...(d.previousPeriod ? [d.previousPeriod] : [])].map((period) => ({
        figure: 'activePartners',
        scope: this.scopeOf(d, period),
      }));
    if (field === 'followUpHealth')
      return [
        {
          figure: 'followUpsByOwner',
          scope: { ...this.scopeOf(d), to: followUpsTo(d.period, d.openEnded) },
        },
      ];
    if (field === 'representation')
      return [
        { figure: 'participants', scope: this.scopeOf(d) },
        { figure: 'peopleEngaged', scope: this.scopeOf(d) },
      ];
    if (field === 'retention')
      return [d.period, ...(d.previousPeriod ? [d.previousPeriod] : [])].map((period) => ({
        figure: 'retention',
        scope: this.scopeOf(d, period),
      }));
    return [{ figure: field, scope: this.scopeOf(d) }];
  }

  /** One request's view of the rollups (read once, shared by every figure of the request). */
  private readonly rollupStateOf = new WeakMap<Dashboard, RollupState | null>();
  /** The database's date when the request's context was read: it decides what is overdue. */
  private readonly todayOf = new WeakMap<Dashboard, string>();

  /** The engagement index this instance holds, and the one it is loading. */
  private index: DashboardIndex | undefined;
  private indexLoading: Promise<void> | undefined;

  /**
   * The engagement index, if it is within a minute of the data. When a newer one has been packed, starts loading
   * it: until it is in, the one held answers if still fresh enough, else the live tables do.
   */
  private freshIndex(d: Dashboard): DashboardIndex | null {
    const state = this.rollupStateOf.get(d) ?? null;
    if (state && state.refreshedAt !== this.index?.generation) this.startLoadingIndex();
    return this.index && indexIsFresh(this.index.generation, state) ? this.index : null;
  }

  private startLoadingIndex(): void {
    this.indexLoading ??= this.loadIndex().finally(() => (this.indexLoading = undefined));
  }

  /** Resolves once the index being loaded, if any, is in (for tests and the benchmark). */
  async indexLoaded(): Promise<void> {
    await this.indexLoading;
  }

  /** Loads the index the last refresh packed, if any, as the instance starts (not waiting for a request). */
  onApplicationBootstrap(): void {
    this.startLoadingIndex();
  }

  private async loadIndex(): Promise<void> {
    const started = Date.now();
    try {
      // One statement, so the arrays and the refresh they belong to are read in one snapshot.
      // A register below DASHBOARD_ROLLUPS_FROM reads the live tables: its index is not loaded at all.
      const rows: { generation: string | null; name: string; data: Buffer }[] = await this.db.query(
        `SELECT (SELECT refreshed_at::text FROM dashboard_rollup_state) AS generation, name, data
           FROM dashboard_index WHERE (SELECT engagements FROM dashboard_rollup_state) >= $1`,
        [this.rollupsFrom],
      );
      const byName = new Map(rows.map((r) => [r.name, r.data]));
      const meta = byName.get('meta');
      const generation = rows[0]?.generation;
      if (!meta || !generation || INDEX_ARRAYS.some((name) => !byName.has(name))) return;
      const packed = Object.fromEntries(INDEX_ARRAYS.map((n) => [n, byName.get(n)])) as Record<
        IndexArray,
        Buffer
      >;
      this.index = new DashboardIndex(packed, JSON.parse(meta.toString('utf8')) as IndexMeta, generation);
      this.logger.log(
        `Engagement index loaded in ${Date.now() - started} ms: ${this.index.engagements} engagements, ${Math.round(
          rows.reduce((n, r) => n + r.data.length, 0) / 1e6,
        )} MB`,
      );
    } catch (error) {
      this.logger.error(`The dashboard index was not loaded: ${(error as Error).message}`);
    }
  }

  /**
   * Where a figure over a scope is answered from: the rollups when they cover it (a whole cycle, filters they are
   * grouped by, fresh within a minute), else the engagement index when it answers the figure (fresh within a
   * minute), else the live tables. All three give rows of the same shape.
   */
  sourceOf(d: Dashboard, figure: FigureName, scope: Scope): 'rollup' | 'index' | 'live' {
    if (rollupFor(figure, scope, this.rollupStateOf.get(d) ?? null)) return 'rollup';
    return this.freshIndex(d)?.answers(figure, scope) ? 'index' : 'live';
  }

  /**
   * The statement `npm run bench -- --suite dashboard` times a figure's API answer against: the rollup query the
   * service runs, or (for the index, which runs no query of its own worth timing) the live one it stands in for.
   */
  statement(
    d: Dashboard,
    figure: FigureName,
    scope: Scope,
  ): { sql: string; params: unknown[]; source: 'rollup' | 'index' | 'live' } {
    const rollup = rollupFor(figure, scope, this.rollupStateOf.get(d) ?? null);
    return rollup
      ? { ...rollup, source: 'rollup' }
      : { sql: FIGURE_SQL[figure], params: scopeParams(scope), source: this.sourceOf(d, figure, scope) };
  }

  private async run<T>(d: Dashboard, figure: FigureName, scope: Scope): Promise<T[]> {
    const rollup = rollupFor(figure, scope, this.rollupStateOf.get(d) ?? null);
    if (rollup) return this.db.query(rollup.sql, rollup.params);
    const index = this.freshIndex(d);
    if (!index?.answers(figure, scope)) return this.db.query(FIGURE_SQL[figure], scopeParams(scope));
    if (figure === 'followUpsByOwner') {
      const r = index.followUps(scope, this.todayOf.get(d) ?? today());
      return this.db.query(INDEX_FINISH.followUpsByOwner, [r.owners, r.states, r.days, r.counts]);
    }
    if (figure === 'coreGroupActivity') {
      const { ids, counts } = index.memberEngagements(scope);
      return this.db.query(INDEX_FINISH.coreGroupActivity, [...scopeParams(scope), ids, counts]);
    }
    return index.rows(figure, scope) as T[];
  }

  private async keyed(
    d: Dashboard,
    figure: FigureName,
    scope: Scope,
    suppress: boolean,
  ): Promise<KeyedCount[]> {
    const rows = await this.run<{ key: string; n: number }>(d, figure, scope);
    return rows.map((r) =>
      suppress
        ? { key: r.key, ...groupCount(r.n, this.threshold) }
        : { key: r.key, count: r.n, suppressed: false },
    );
  }

  async activePartners(d: Dashboard) {
    const [current, previous] = await Promise.all(
      this.runsFor('activePartners', d).map(async ({ figure, scope }) =>
        groupCount((await this.run<{ n: number }>(d, figure, scope))[0].n, d.threshold),
      ),
    );
    return { current, previous: previous ?? null };
  }

  async engagementsByMonth(d: Dashboard): Promise<KeyedCount[]> {
    const counted = new Map(
      (await this.run<{ key: string; n: number }>(d, 'engagementsByMonth', this.scopeOf(d))).map((r) => [
        r.key,
        r.n,
      ]),
    );
    return monthsBetween(d.period.from, d.period.to).map((key) => ({
      key,
      count: counted.get(key) ?? 0,
      suppressed: false,
    }));
  }

  engagementsByType = (d: Dashboard) => this.keyed(d, 'engagementsByType', this.scopeOf(d), false);
  engagementsByTheme = (d: Dashboard) => this.keyed(d, 'engagementsByTheme', this.scopeOf(d), false);
  engagementsByOrganizationKind = (d: Dashboard) =>
    this.keyed(d, 'engagementsByOrganizationKind', this.scopeOf(d), false);
  countriesEngaged = (d: Dashboard) => this.keyed(d, 'countriesEngaged', this.scopeOf(d), true);
  subRegionsReached = (d: Dashboard) => this.keyed(d, 'subRegionsReached', this.scopeOf(d), true);

  async followUpHealth(d: Dashboard): Promise<FollowUpHealth> {
    const rows = await this.run<{
      key: string;
      owner_name: string;
      open: number;
      overdue: number;
      on_time: number;
      late: number;
      close_days: number[] | null;
      close_counts: number[] | null;
    }>(d, 'followUpsByOwner', this.runsFor('followUpHealth', d)[0].scope);
    const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
    return {
      open: sum((r) => r.open),
      overdue: sum((r) => r.overdue),
      completedOnTime: sum((r) => r.on_time),
      completedLate: sum((r) => r.late),
      medianDaysToClose: medianOf(
        rows.flatMap((r) => r.close_days ?? []),
        rows.flatMap((r) => r.close_counts ?? []),
      ),
      byOwner: rows
        .map((r) => ({
          ownerId: r.key,
          ownerName: r.owner_name,
          open: r.open,
          overdue: r.overdue,
          completed: r.on_time + r.late,
        }))
        .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.ownerName.localeCompare(b.ownerName)),
    };
  }

  async collaborationPipeline(d: Dashboard): Promise<KeyedCount[]> {
    const counted = new Map(
      (await this.keyed(d, 'collaborationPipeline', this.scopeOf(d), false)).map((k) => [k.key, k]),
    );
    return COLLABORATION_STATUSES.map((key) => counted.get(key) ?? { key, count: 0, suppressed: false });
  }

  async collaborationKinds(d: Dashboard): Promise<KeyedCount[]> {
    const counted = new Map(
      (await this.keyed(d, 'collaborationKinds', this.scopeOf(d), false)).map((k) => [k.key, k]),
    );
    return ['SOUTH_SOUTH', 'TRIANGULAR', 'NORTH_SOUTH', 'UNKNOWN'].map(
      (key) => counted.get(key) ?? { key, count: 0, suppressed: false },
    );
  }

  async recommendationsByStage(d: Dashboard): Promise<KeyedCount[]> {
    const counted = new Map(
      (await this.keyed(d, 'recommendationsByStage', this.scopeOf(d), false)).map((k) => [k.key, k]),
    );
    return RECOMMENDATION_STAGES.map((key) => counted.get(key) ?? { key, count: 0, suppressed: false });
  }

  async representation(d: Dashboard): Promise<DashboardRepresentation> {
    const [[participants], [engaged]] = await Promise.all(
      this.runsFor('representation', d).map(({ figure, scope }) => this.run<PeopleRow>(d, figure, scope)),
    );
    return {
      dialogueNumber: participants.dialogue_number,
      dialogueId: participants.dialogue_id ?? null,
      participants: participants.dialogue_number === null ? null : this.people(participants),
      peopleEngaged: this.people(engaged),
    };
  }

  private people(row: PeopleRow): PeopleFigures {
    const of = (n: number) => suppress(n, row.total, this.threshold);
    return {
      total: of(row.total),
      globalSouth: of(row.global_south),
      women: of(row.women),
      youth: of(row.youth),
    };
  }

  async retention(d: Dashboard): Promise<Retention[]> {
    const rows = await Promise.all(
      this.runsFor('retention', d).map(
        async ({ figure, scope }) =>
          (
            await this.run<{
              dialogue_number: number | null;
              dialogue_id: string;
              attended: number;
              engaged: number;
              came_back: number | null;
            }>(d, figure, scope)
          )[0],
      ),
    );
    return rows.flatMap((r) =>
      r.dialogue_number === null
        ? []
        : [
            {
              dialogueNumber: r.dialogue_number,
              dialogueId: r.dialogue_id,
              attended: groupCount(r.attended, this.threshold),
              engagedBeforeNext: groupCount(r.engaged, this.threshold),
              backAtNext: r.came_back === null ? null : groupCount(r.came_back, this.threshold),
            },
          ],
    );
  }

  /** One request's network, shared by `network` and `networkPath`. */
  private readonly graphOf = new WeakMap<Dashboard, Promise<NetworkGraph>>();

  private graph(d: Dashboard, viewer: CurrentUser): Promise<NetworkGraph> {
    const cached = this.graphOf.get(d);
    if (cached) return cached;
    const loading = this.loadGraph(d, viewer);
    this.graphOf.set(d, loading);
    return loading;
  }

  /**
   * Every link of the period among organisations the viewer may see (cleared or granted): from the engagement index when it is
   * fresh (the live SQL lists every pair of organisations that shared an engagement, millions at scale), else
   * from the live tables.
   */
  private async loadGraph(d: Dashboard, viewer: CurrentUser): Promise<NetworkGraph> {
    const scope = this.scopeOf(d);
    const index = this.freshIndex(d);
    const indexed = index && (scope.memberId === null || scope.memberId in index.meta.members);
    const linkRows = this.db
      .query(indexed ? NON_ENGAGEMENT_LINKS_SQL : NETWORK_SQL, [
        ...scopeParams(scope),
        ...visibleValues(viewer),
      ])
      .then(
        (rows: { x: string; y: string; engagements: number; collaborations: number; member: boolean }[]) =>
          rows.map((r) => ({
            sourceId: r.x,
            targetId: r.y,
            engagements: r.engagements,
            collaborations: r.collaborations,
            member: r.member,
          })),
      );
    if (!indexed) return new LinkGraph(await linkRows);
    linkRows.catch(() => undefined); // awaited below; not left unhandled if the next query fails first
    // Protection is read live, never from the index: a few rows (partial index organizations_withheld_or_deleted).
    const hidden: { id: string; shown: boolean }[] = await this.db.query(
      `SELECT id, deleted_at IS NULL AND ${visibleSql('organizations', '$1', '$2')} AS shown FROM organizations
        WHERE deleted_at IS NOT NULL OR risk_level <> 'STANDARD'`,
      visibleValues(viewer),
    );
    // The index's share of the work runs while the database finds the other links.
    const walk = index.networkOf(scope, hidden);
    return new IndexGraph(index, scope, walk, await linkRows);
  }

  /** The organisations, in the order given, with their activity and degree in the network. */
  private async nodes(ids: string[], graph: NetworkGraph): Promise<NetworkNode[]> {
    const rows: { id: string; name: string; kind: OrganizationKind; country_code: string | null }[] =
      ids.length
        ? await this.db.query('SELECT id, name, kind, country_code FROM organizations WHERE id = ANY($1)', [
            ids,
          ])
        : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [{ id, name: r.name, kind: r.kind, countryCode: r.country_code, ...graph.measure(id) }] : [];
    });
  }

  /** The `first` most active organisations of the period and the links among them. */
  async network(d: Dashboard, viewer: CurrentUser, first: number): Promise<PartnershipNetwork> {
    const graph = await this.graph(d, viewer);
    const top = graph.top(first);
    const links = graph.linksAmong(top);
    return { nodes: await this.nodes(top, graph), links, organizations: graph.organizations };
  }

  /** The shortest chain of links between two organisations, or null when none joins them. */
  async networkPath(
    d: Dashboard,
    viewer: CurrentUser,
    fromId: string,
    toId: string,
  ): Promise<NetworkPath | null> {
    const graph = await this.graph(d, viewer);
    const path = shortestPath(graph, fromId, toId);
    return path && { nodes: await this.nodes(path.ids, graph), links: path.links };
  }

  async coreGroupActivity(d: Dashboard): Promise<CoreGroupActivity[]> {
    const rows = await this.run<{ key: string; name: string; engagements: number; collaborations: number }>(
      d,
      'coreGroupActivity',
      this.scopeOf(d),
    );
    return rows.map((r) => ({
      organizationId: r.key,
      name: r.name,
      engagements: r.engagements,
      collaborations: r.collaborations,
    }));
  }
}
