import { cyclesOf } from '@convene/domain';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.tokens';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { GLOBAL_SOUTH_CODES_SQL } from '../reference/reference.service';
import { FOLLOW_UP, PERSON, type IndexArray } from './dashboard-index';
import {
  FOLLOW_UP_DAYS,
  FOLLOW_UP_STATE,
  IS_WOMAN,
  orgMatches,
  coreGroupActivity,
  followUpSummary,
  type FigureName,
  type Scope,
} from './dashboard-figures';
import { followUpsTo, periodsOfCycle, today } from './dashboard-periods';

/*
 * Rollups: per Dialogue cycle, the counts the dashboard's heaviest figures add up, grouped by exactly what their
 * filters ask — the engagement's set of themes (so "any of these themes" is an overlap test on a few rows), the
 * organisation's kind and country (so kind and region filters apply to the group). A figure reads them when the
 * period is a whole cycle and every filter set is one its rollup was grouped by; otherwise it runs on the live
 * tables. Either way the rows come out in the same shape, so the service cannot tell them apart.
 */

type Filter = 'themes' | 'kinds' | 'regions' | 'memberId';

/** Types the parameters a rollup query leaves unused, so every one takes the same $1…$7 ($7: the cycle). */
const PARAMS = `params AS (SELECT $1::date, $2::date, $3::text[], $4::text[], $5::text[], $6::uuid, $7::int)`;

/** The organisations that took part in the cycle's engagements, by kind, country and the themes they engaged on. */
const ORGANIZATIONS = `SELECT o.country_code, o.n FROM dashboard_cycle_organizations o
   LEFT JOIN countries c ON c.iso2 = o.country_code
  WHERE o.cycle = $7::int AND CASE WHEN $3::text[] IS NULL THEN o.every ELSE NOT o.every AND o.themes && $3::text[] END
    AND ${orgMatches('o.kind = ANY($4::text[])')}`;

const ENGAGEMENTS = `SELECT * FROM dashboard_cycle_engagements
  WHERE cycle = $7::int AND ($3::text[] IS NULL OR themes && $3::text[])`;

export interface Rollup {
  sql: string;
  /** The filters its rows are grouped by: with any other set, the figure runs on the live tables. */
  filters: Filter[];
}

/** For each figure with a rollup, the query that answers it from the rollup, in the same shape as its live one. */
export const ROLLUP_SQL: Partial<Record<FigureName, Rollup>> = {
  activePartners: {
    sql: `WITH ${PARAMS} SELECT coalesce(sum(n), 0)::int AS n FROM (${ORGANIZATIONS}) o`,
    filters: ['themes', 'kinds', 'regions'],
  },
  engagementsByMonth: {
    sql: `WITH ${PARAMS} SELECT month AS key, sum(n)::int AS n FROM (${ENGAGEMENTS}) e GROUP BY 1 ORDER BY 1`,
    filters: ['themes'],
  },
  engagementsByType: {
    sql: `WITH ${PARAMS} SELECT type AS key, sum(n)::int AS n FROM (${ENGAGEMENTS}) e GROUP BY 1 ORDER BY 2 DESC, 1`,
    filters: ['themes'],
  },
  engagementsByTheme: {
    sql: `WITH ${PARAMS} SELECT t AS key, sum(n)::int AS n FROM (${ENGAGEMENTS}) e, unnest(e.themes) AS t
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    filters: ['themes'],
  },
  engagementsByOrganizationKind: {
    sql: `WITH ${PARAMS} SELECT kind AS key, sum(n)::int AS n FROM dashboard_cycle_engagement_kinds
      WHERE cycle = $7::int AND ($3::text[] IS NULL OR themes && $3::text[])
        AND ($4::text[] IS NULL OR kind = ANY($4::text[]))
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    filters: ['themes', 'kinds'],
  },
  countriesEngaged: {
    sql: `WITH ${PARAMS} SELECT country_code AS key, sum(n)::int AS n FROM (${ORGANIZATIONS}) o
      WHERE country_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
    filters: ['themes', 'kinds', 'regions'],
  },
  subRegionsReached: {
    sql: `WITH ${PARAMS}, engaged AS (${ORGANIZATIONS})
      SELECT r.code AS key, coalesce(sum(e.n), 0)::int AS n FROM m49_regions r
        LEFT JOIN countries c ON c.sub_region_code = r.code
        LEFT JOIN engaged e ON e.country_code = c.iso2
       WHERE r.level = 'SUB_REGION' GROUP BY r.code ORDER BY 2, 1`,
    filters: ['themes', 'kinds', 'regions'],
  },
  followUpsByOwner: {
    sql: `WITH ${PARAMS} ${followUpSummary(`SELECT owner_id, state, days, n FROM dashboard_cycle_follow_ups
      WHERE cycle = $7::int AND CASE WHEN $3::text[] IS NULL THEN every ELSE NOT every AND themes && $3::text[] END`)}`,
    filters: ['themes'],
  },
  peopleEngaged: {
    sql: `WITH ${PARAMS} SELECT coalesce(sum(n), 0)::int AS total,
        coalesce(sum(n) FILTER (WHERE global_south), 0)::int AS global_south,
        coalesce(sum(n) FILTER (WHERE woman), 0)::int AS women,
        coalesce(sum(n) FILTER (WHERE youth), 0)::int AS youth
      FROM dashboard_cycle_people WHERE cycle = $7::int AND ($3::text[] IS NULL OR themes && $3::text[])`,
    filters: ['themes'],
  },
  coreGroupActivity: {
    sql: `WITH ${PARAMS}, ${coreGroupActivity(`SELECT sum(r.n) FROM dashboard_cycle_members r
      WHERE r.cycle = $7::int AND r.organization_id = m.id AND ($3::text[] IS NULL OR r.themes && $3::text[])`)}`,
    filters: ['themes', 'kinds', 'regions'],
  },
};

/** What the refresher recorded for each cycle: the days its rollups cover. */
export interface RolledUpCycle {
  from: string;
  to: string;
  followUpsTo: string;
}

export interface RollupState {
  asOf: string;
  periods: Record<string, RolledUpCycle>;
  /** When the oldest change not yet rolled up was made (null: none). */
  pendingSince: Date | null;
  /** When the last refresh ran (it names the engagement index it packed), and the one before it. */
  refreshedAt: string;
  previousRefreshedAt: string | null;
  /** When the oldest change the last refresh took in was made (null: it took in none, as when the day turned). */
  consumedSince: Date | null;
  /** How many live engagements it found. */
  engagements: number;
}

/** SQL columns of the rollups' state, for `rollupStateOf`. */
export const ROLLUP_STATE_COLUMNS = `(SELECT to_char(as_of, 'YYYY-MM-DD') FROM dashboard_rollup_state) AS as_of,
  (SELECT periods FROM dashboard_rollup_state) AS periods, (SELECT min(at) FROM dashboard_changes) AS pending_since,
  (SELECT refreshed_at::text FROM dashboard_rollup_state) AS refreshed_at,
  (SELECT previous_refreshed_at::text FROM dashboard_rollup_state) AS previous_refreshed_at,
  (SELECT consumed_since FROM dashboard_rollup_state) AS consumed_since,
  (SELECT engagements FROM dashboard_rollup_state) AS engagements`;

export function rollupStateOf(row: {
  as_of: string | null;
  periods: Record<string, RolledUpCycle> | null;
  pending_since: Date | null;
  refreshed_at: string | null;
  previous_refreshed_at: string | null;
  consumed_since: Date | null;
  engagements: number | null;
}): RollupState | null {
  return row.as_of && row.periods && row.refreshed_at
    ? {
        asOf: row.as_of,
        periods: row.periods,
        pendingSince: row.pending_since,
        refreshedAt: row.refreshed_at,
        previousRefreshedAt: row.previous_refreshed_at,
        consumedSince: row.consumed_since,
        engagements: row.engagements ?? 0,
      }
    : null;
}

/**
 * A rollup is used only while no change is older than this (the refresher normally catches up within seconds):
 * a minute, less the second for which the API keeps the state it read (CONTEXT_TTL_MS).
 */
export const MAX_STALE_MS = 59_000;

/**
 * Whether the engagement index packed by the refresh that ran at `generation` is within a minute of the data: it
 * misses the changes not yet rolled up and, when a newer refresh has run since, those that one took in.
 */
export function indexIsFresh(generation: string, state: RollupState | null, now = Date.now()): boolean {
  const missing =
    state?.refreshedAt === generation
      ? [state.pendingSince]
      : state?.previousRefreshedAt === generation
        ? [state.pendingSince, state.consumedSince]
        : null;
  return missing?.every((at) => !at || now - at.getTime() <= MAX_STALE_MS) ?? false;
}

/** The rollup query for a figure over a scope, or null when the live tables must answer it. */
export function rollupFor(
  figure: FigureName,
  scope: Scope,
  state: RollupState | null,
  now = Date.now(),
): { sql: string; params: unknown[] } | null {
  const rollup = ROLLUP_SQL[figure];
  if (!rollup || !state || scope.cycle === null || state.asOf !== today()) return null;
  if (state.pendingSince && now - state.pendingSince.getTime() > MAX_STALE_MS) return null;
  const covered = state.periods[String(scope.cycle)];
  const to = figure === 'followUpsByOwner' ? covered?.followUpsTo : covered?.to;
  if (covered?.from !== scope.from || to !== scope.to) return null;
  const set: Record<Filter, unknown> = {
    themes: scope.themes,
    kinds: scope.kinds,
    regions: scope.regions,
    memberId: scope.memberId,
  };
  if ((Object.keys(set) as Filter[]).some((f) => set[f] !== null && !rollup.filters.includes(f))) return null;
  return {
    sql: rollup.sql,
    params: [scope.from, scope.to, scope.themes, scope.kinds, scope.regions, scope.memberId, scope.cycle],
  };
}

/** SQL: an engagement's (`e`) themes as a sorted set, so engagements on the same themes group together. */
const THEME_SET = `coalesce(ARRAY(SELECT DISTINCT t FROM unnest(e.themes) t WHERE t IS NOT NULL ORDER BY 1), '{}')`;

/** The cycles: $1 numbers, $2 first days, $3 last days of engagements, $4 last due days of follow-ups. */
const CYCLES = `cy AS (SELECT * FROM unnest($1::int[], $2::date[], $3::date[], $4::date[]) AS t(cycle, from_day, to_day, due_to))`;

/** SQL: the sorted theme keys whose bits are set in a mask. */
function THEMES_OF(mask: string): string {
  return `ARRAY(SELECT k.key FROM theme_keys k WHERE ${mask} & (1::bigint << k.bit) <> 0 ORDER BY k.key)`;
}

/**
 * Most themes a refresh can roll up: an organisation's or a person's themes are OR-ed as bits of a bigint. With
 * more, the refresh fails and the figures keep running on the live tables.
 */
const MAX_THEMES = 63;

/** Marks a refresh statement that takes the cycles as $1…$4 (the others take no parameters). */
const CYCLES_TAKEN = '-- takes the cycles\n';

/**
 * The refresh, as statements run in order in one transaction. $1 the cycles' numbers, $2 their first days, $3 the
 * last days of their engagements, $4 the last due days of their follow-ups. First everything is numbered, for the
 * rollups and the engagement index alike: every live engagement whatever its date, in date order, with its theme
 * set (`ix_e`); countries (`ix_c`), themes (`ix_t`), every organisation live or not (`ix_o`: the member filter
 * counts a deleted one, as the live SQL does), live people with their flags (`ix_p`), follow-up owners (`ix_u`), and
 * the links between engagements and organisations or people by number (`ix_eo`, `ix_ep`), so the heavy joins
 * below join integers rather than uuids. `ef` (engagement facts) holds each engagement of a cycle once, with its
 * theme set as bits of the themes found (`theme_keys`).
 */
const REFRESH = [
  // Hash the groupings in memory: the refresh is one transaction at a time, so this is bounded.
  "SET LOCAL work_mem = '128MB'",
  `CREATE TEMP TABLE ix_e ON COMMIT DROP AS
    SELECT (row_number() OVER (ORDER BY e.date, e.id) - 1)::int AS i, e.id, e.date, e.type::text AS type,
           ${THEME_SET} AS themes
      FROM engagements e WHERE e.deleted_at IS NULL`,
  'ANALYZE ix_e',
  `CREATE TEMP TABLE ix_c ON COMMIT DROP AS
    SELECT (row_number() OVER (ORDER BY iso2) - 1)::int AS i, iso2, region_code, sub_region_code,
           intermediate_region_code FROM countries`,
  `CREATE TEMP TABLE ix_t ON COMMIT DROP AS
    SELECT key, (row_number() OVER (ORDER BY key) - 1)::int AS i
      FROM (SELECT DISTINCT unnest(themes) AS key FROM (SELECT DISTINCT themes FROM ix_e) s) k`,
  `CREATE TEMP TABLE ix_o ON COMMIT DROP AS
    SELECT (row_number() OVER (ORDER BY o.id) - 1)::int AS i, o.id,
           o.kind::text AS kind_name,
           array_position((SELECT enum_range(NULL::organization_kind)::text[]), o.kind::text) - 1 AS kind,
           o.country_code,
           coalesce(c.i, -1) AS country, (o.deleted_at IS NULL)::int AS live
      FROM organizations o LEFT JOIN ix_c c ON c.iso2 = o.country_code`,
  `CREATE TEMP TABLE ix_p ON COMMIT DROP AS
    WITH south(code) AS (${GLOBAL_SOUTH_CODES_SQL})
    SELECT (row_number() OVER (ORDER BY p.id) - 1)::int AS i, p.id,
           (CASE WHEN p.country_code IN (SELECT code FROM south) THEN ${PERSON.globalSouth} ELSE 0 END
            | CASE WHEN ${IS_WOMAN} THEN ${PERSON.woman} ELSE 0 END
            | CASE WHEN p.age_band = 'AGE_18_29' THEN ${PERSON.youth} ELSE 0 END) AS flags
      FROM people p WHERE p.deleted_at IS NULL`,
  `CREATE TEMP TABLE ix_u ON COMMIT DROP AS
    SELECT (row_number() OVER (ORDER BY owner_id) - 1)::int AS i, owner_id AS id
      FROM (SELECT DISTINCT owner_id FROM follow_ups WHERE deleted_at IS NULL) u`,
  'ANALYZE ix_c, ix_t, ix_o, ix_p, ix_u',
  // The links, by number: the rollups and the index join these rather than the uuids of the live tables.
  `CREATE TEMP TABLE ix_eo ON COMMIT DROP AS
    SELECT e.i AS e, o.i AS o FROM engagement_organizations eo
      JOIN ix_e e ON e.id = eo.engagement_id JOIN ix_o o ON o.id = eo.organization_id`,
  `CREATE TEMP TABLE ix_ep ON COMMIT DROP AS
    SELECT e.i AS e, p.i AS p FROM engagement_people ep
      JOIN ix_e e ON e.id = ep.engagement_id JOIN ix_p p ON p.id = ep.person_id`,
  'ANALYZE ix_eo, ix_ep',
  CYCLES_TAKEN +
    `CREATE TEMP TABLE ef ON COMMIT DROP AS
    WITH ${CYCLES}
    SELECT e.i, e.id, cy.cycle, to_char(e.date, 'YYYY-MM') AS month, e.type, e.themes, 0::bigint AS mask
      FROM ix_e e JOIN cy ON e.date BETWEEN cy.from_day AND cy.to_day`,
  `CREATE TEMP TABLE theme_keys ON COMMIT DROP AS
    SELECT t AS key, (row_number() OVER (ORDER BY t) - 1)::int AS bit
      FROM (SELECT DISTINCT unnest(themes) AS t FROM (SELECT DISTINCT themes FROM ef) s) k`,
  `DO $$ BEGIN IF (SELECT count(*) FROM theme_keys) > ${MAX_THEMES} THEN
     RAISE EXCEPTION 'more than ${MAX_THEMES} themes in use: the dashboard runs on the live tables'; END IF; END $$`,
  `UPDATE ef SET mask = m.mask FROM (
     SELECT s.themes, coalesce(sum(1::bigint << k.bit), 0)::bigint AS mask FROM (SELECT DISTINCT themes FROM ef) s
       LEFT JOIN theme_keys k ON k.key = ANY(s.themes) GROUP BY s.themes) m
    WHERE ef.themes = m.themes AND cardinality(ef.themes) > 0`,
  'ANALYZE ef',

  `INSERT INTO dashboard_cycle_engagements (cycle, month, type, themes, n)
    SELECT cycle, month, type, themes, count(*) FROM ef GROUP BY 1, 2, 3, 4`,

  // Grouped by the themes' bits first: a bigint groups faster than an array.
  `INSERT INTO dashboard_cycle_engagement_kinds (cycle, kind, themes, n)
    SELECT cycle, kind, ${THEMES_OF('mask')}, n FROM (
      SELECT ef.cycle, k.kind, ef.mask, count(*) AS n FROM ef JOIN (
        SELECT DISTINCT eo.e, o.kind_name AS kind FROM ix_eo eo JOIN ix_o o ON o.i = eo.o AND o.live = 1) k
          ON k.e = ef.i
       GROUP BY 1, 2, 3) g`,

  `INSERT INTO dashboard_cycle_organizations (cycle, kind, country_code, themes, n)
    SELECT a.cycle, o.kind_name, o.country_code, ${THEMES_OF('a.mask')}, count(*) FROM (
      SELECT ef.cycle, eo.o, bit_or(ef.mask) AS mask FROM ef JOIN ix_eo eo ON eo.e = ef.i GROUP BY 1, 2) a
      JOIN ix_o o ON o.i = a.o AND o.live = 1
     GROUP BY a.cycle, o.kind_name, o.country_code, a.mask`,
  // With no theme filter (the default view) a figure reads these: the same organisations, a quarter of the rows.
  `INSERT INTO dashboard_cycle_organizations (cycle, kind, country_code, themes, every, n)
    SELECT cycle, kind, country_code, NULL, true, sum(n) FROM dashboard_cycle_organizations GROUP BY 1, 2, 3`,

  `INSERT INTO dashboard_cycle_people (cycle, themes, global_south, woman, youth, n)
    SELECT a.cycle, ${THEMES_OF('a.mask')}, p.flags & ${PERSON.globalSouth} <> 0, p.flags & ${PERSON.woman} <> 0,
           p.flags & ${PERSON.youth} <> 0, count(*) FROM (
      SELECT ef.cycle, ep.p, bit_or(ef.mask) AS mask FROM ef JOIN ix_ep ep ON ep.e = ef.i GROUP BY 1, 2) a
      JOIN ix_p p ON p.i = a.p
     GROUP BY 1, 2, 3, 4, 5`,

  // A follow-up matches a theme filter through the engagement it is about, if that is dated in the cycle. Rows
  // with themes null and \`every\` true count every follow-up, for the view with no theme filter.
  CYCLES_TAKEN +
    `WITH ${CYCLES},
    f AS (
      SELECT cy.cycle, f.owner_id,
             CASE WHEN e.date BETWEEN cy.from_day AND cy.due_to THEN e.themes END AS themes,
             ${FOLLOW_UP_STATE} AS state, ${FOLLOW_UP_DAYS} AS days
        FROM follow_ups f JOIN cy ON f.due_date BETWEEN cy.from_day AND cy.due_to
        LEFT JOIN ix_e e ON f.subject_type = 'ENGAGEMENT' AND e.id = f.subject_id
       WHERE f.deleted_at IS NULL)
    INSERT INTO dashboard_cycle_follow_ups (cycle, owner_id, every, themes, state, days, n)
    SELECT cycle, owner_id, false, themes, state, days, count(*) FROM f WHERE themes IS NOT NULL GROUP BY 1, 2, 4, 5, 6
    UNION ALL
    SELECT cycle, owner_id, true, NULL, state, days, count(*) FROM f GROUP BY 1, 2, 5, 6`,

  `INSERT INTO dashboard_cycle_members (cycle, organization_id, themes, n)
    SELECT ef.cycle, eo.organization_id, ef.themes, count(*) FROM ef
      JOIN engagement_organizations eo ON eo.engagement_id = ef.id
     WHERE eo.organization_id IN (SELECT organization_id FROM core_group_memberships WHERE deleted_at IS NULL)
     GROUP BY 1, 2, 3`,
];

/**
 * SQL: packs columns of every row of `from`, in `order`, each as one array of big-endian int4 named as its key
 * (one statement sorts once for all of them).
 */
function pack(columns: Partial<Record<IndexArray, string>>, from: string, order: string): string {
  const names = Object.keys(columns);
  return `WITH packed AS (SELECT ${Object.values(columns)
    .map((value, i) => `string_agg(int4send((${value})::int), ''::bytea ORDER BY ${order}) AS c${i}`)
    .join(', ')} FROM ${from})
    INSERT INTO dashboard_index (name, data)
    ${names.map((name, i) => `SELECT '${name}', coalesce(c${i}, ''::bytea) FROM packed`).join(' UNION ALL ')}`;
}

/** The engagement index (see DashboardIndex), packed from the numbered tables in the same snapshot as the rollups. */
const INDEX = [
  pack(
    {
      engagementDay: "date - DATE '1970-01-01'",
      // The enum's values read once (an uncorrelated subquery), not per row.
      engagementType: 'array_position((SELECT enum_range(NULL::engagement_type)::text[]), type) - 1',
      engagementThemeCount: 'cardinality(themes)',
    },
    'ix_e',
    'i',
  ),
  pack(
    { engagementThemes: 't.i' },
    'ix_e e CROSS JOIN LATERAL unnest(e.themes) AS k(key) JOIN ix_t t USING (key)',
    'e.i, t.i',
  ),
  pack({ engagementOfOrganizationLink: 'e', engagementOrganizations: 'o' }, 'ix_eo', 'e, o'),
  pack({ engagementOfPersonLink: 'e', engagementPeople: 'p' }, 'ix_ep', 'e, p'),
  pack(
    {
      organizationKind: 'kind',
      organizationCountry: 'country',
      organizationLive: 'live',
    },
    'ix_o',
    'i',
  ),
  pack({ personFlags: 'flags' }, 'ix_p', 'i'),
  pack(
    {
      followUpDue: "f.due_date - DATE '1970-01-01'",
      followUpOwner: 'u.i',
      followUpEngagement: 'coalesce(e.i, -1)',
      followUpState: `CASE ${FOLLOW_UP_STATE} WHEN 'ON_TIME' THEN ${FOLLOW_UP.onTime} WHEN 'LATE' THEN ${FOLLOW_UP.late}
        WHEN 'OTHER' THEN ${FOLLOW_UP.other} ELSE ${FOLLOW_UP.open} END`,
      followUpDays: `coalesce(${FOLLOW_UP_DAYS}, -1)`,
    },
    `follow_ups f JOIN ix_u u ON u.id = f.owner_id
      LEFT JOIN ix_e e ON f.subject_type = 'ENGAGEMENT' AND e.id = f.subject_id
     WHERE f.deleted_at IS NULL`,
    'f.due_date, f.id',
  ),
  `INSERT INTO dashboard_index (name, data) SELECT 'meta', convert_to(json_build_object(
     'types', enum_range(NULL::engagement_type)::text[],
     'kinds', enum_range(NULL::organization_kind)::text[],
     'themes', (SELECT coalesce(array_agg(key ORDER BY i), '{}') FROM ix_t),
     'countries', (SELECT coalesce(json_agg(json_build_array(iso2, region_code, sub_region_code,
                    intermediate_region_code) ORDER BY i), '[]') FROM ix_c),
     'subRegions', (SELECT coalesce(array_agg(code ORDER BY code), '{}') FROM m49_regions WHERE level = 'SUB_REGION'),
     'members', (SELECT coalesce(json_object_agg(o.id, o.i), '{}') FROM ix_o o
                  WHERE o.id IN (SELECT organization_id FROM core_group_memberships)),
     'owners', (SELECT coalesce(array_agg(id ORDER BY i), '{}') FROM ix_u),
     'organizations', (SELECT coalesce(array_agg(id ORDER BY i), '{}') FROM ix_o))::text, 'UTF8')`,
];

const ROLLUP_TABLES = [
  'dashboard_cycle_engagements',
  'dashboard_cycle_engagement_kinds',
  'dashboard_cycle_organizations',
  'dashboard_cycle_people',
  'dashboard_cycle_follow_ups',
  'dashboard_cycle_members',
];

/** Any number, the same in every instance: only one refreshes at a time. */
const REFRESH_LOCK = 52_017_031;

/**
 * Keeps the rollups up to date: every DASHBOARD_REFRESH_SECONDS (20) it checks for changes (or a new day, which
 * moves "overdue" and the current cycle's end) and, if any, recomputes every cycle's rollups in one transaction,
 * so readers see the old rollups or the new ones, never half of each.
 */
@Injectable()
export class DashboardRollups implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DashboardRollups');
  private timer: NodeJS.Timeout | undefined;
  /** Called after each refresh of this instance (the dashboard forgets the state it keeps for a second). */
  private readonly refreshed: (() => void)[] = [];
  private running: Promise<unknown> | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.dashboardRefreshSeconds;
    if (!seconds) return;
    this.timer = setInterval(() => void this.refreshIfStale(), seconds * 1000);
    this.timer.unref();
    void this.refreshIfStale();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  onRefreshed(listener: () => void): void {
    this.refreshed.push(listener);
  }

  /** What the rollups cover and how fresh they are, or null before the first refresh. */
  async state(): Promise<RollupState | null> {
    const [row]: Parameters<typeof rollupStateOf>[0][] = await this.db.query(
      `SELECT ${ROLLUP_STATE_COLUMNS}`,
    );
    return rollupStateOf(row);
  }

  /** Refreshes when something changed since the last refresh, or the day has turned. */
  async refreshIfStale(): Promise<void> {
    if (this.running) return;
    try {
      const state = await this.state();
      if (state && !state.pendingSince && state.asOf === today()) return;
      await this.refresh();
    } catch (error) {
      this.logger.error(`Dashboard rollups were not refreshed: ${(error as Error).message}`);
    }
  }

  /** Recomputes every cycle's rollups now; resolves with how long it took (null if another instance was at it). */
  refresh(): Promise<number | null> {
    const run = this.db
      .transaction('REPEATABLE READ', (m) => this.recompute(m))
      .then((took) => {
        for (const listener of this.refreshed) listener();
        return took;
      })
      .finally(() => (this.running = undefined));
    this.running = run;
    return run;
  }

  private async recompute(m: EntityManager): Promise<number | null> {
    const started = Date.now();
    const [{ locked }]: { locked: boolean }[] = await m.query(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [REFRESH_LOCK],
    );
    if (!locked) return null;
    // The changes this snapshot sees are all in the rollups below; any made since stay for the next refresh.
    const [{ oldest }]: { oldest: Date | null }[] = await m.query(
      'WITH taken AS (DELETE FROM dashboard_changes RETURNING at) SELECT min(at) AS oldest FROM taken',
    );
    const on = today();
    const cycles = cyclesOf(await m.getRepository(DialogueEntity).find());
    const periods: Record<string, RolledUpCycle> = {};
    for (const cycle of cycles) {
      const { period, openEnded } = periodsOfCycle(cycle, cycles, on);
      periods[cycle.number] = {
        from: period.from,
        to: period.to,
        followUpsTo: followUpsTo(period, openEnded),
      };
    }
    const list = Object.entries(periods);
    const params = [
      list.map(([n]) => Number(n)),
      list.map(([, p]) => p.from),
      list.map(([, p]) => p.to),
      list.map(([, p]) => p.followUpsTo),
    ];
    for (const table of [...ROLLUP_TABLES, 'dashboard_index']) await m.query(`DELETE FROM ${table}`);
    for (const sql of REFRESH) await m.query(sql, sql.startsWith(CYCLES_TAKEN) ? params : []);
    for (const sql of INDEX) await m.query(sql);
    const took = Date.now() - started;
    await m.query(
      `INSERT INTO dashboard_rollup_state (id, refreshed_at, as_of, periods, took_ms, consumed_since, engagements)
         VALUES (1, now(), $1, $2, $3, $4, (SELECT count(*) FROM ix_e))
       ON CONFLICT (id) DO UPDATE SET previous_refreshed_at = dashboard_rollup_state.refreshed_at,
         refreshed_at = now(), as_of = $1, periods = $2, took_ms = $3, consumed_since = $4,
         engagements = (SELECT count(*) FROM ix_e)`,
      [on, JSON.stringify(periods), took, oldest],
    );
    return took;
  }
}
