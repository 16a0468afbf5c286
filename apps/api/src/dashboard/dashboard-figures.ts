import {
  CollaborationStatus,
  FollowUpStatus,
  ParticipationStatus,
  RecommendationStatus,
  WOMAN_GENDER_TERMS,
} from '@convene/domain';
import { GLOBAL_SOUTH_CODES_SQL } from '../reference/reference.service';

/**
 * The SQL behind each dashboard figure, in one place: the API runs it, and `npm run bench -- dashboard` runs the
 * very same text straight against the database to compare. Every query takes the scope as $1…$6:
 * $1 from, $2 to (dates, inclusive), $3 theme keys, $4 organisation kinds, $5 M49 region codes (any level),
 * $6 a Core Group member's id — each null when not filtered.
 */
export interface Scope {
  from: string;
  to: string;
  themes: string[] | null;
  kinds: string[] | null;
  regions: string[] | null;
  memberId: string | null;
  /** The cycle when the period is exactly one (rollups are kept per cycle), else null. */
  cycle: number | null;
}

export const scopeParams = (s: Scope): unknown[] => [s.from, s.to, s.themes, s.kinds, s.regions, s.memberId];

/** SQL on `o` and `c` (its country, left-joined) matching the kind and region filters, `kindIn` testing the kind. */
export const orgMatches = (kindIn: string) => `($4::text[] IS NULL OR ${kindIn})
  AND ($5::text[] IS NULL OR c.region_code = ANY($5::text[]) OR c.sub_region_code = ANY($5::text[])
       OR c.intermediate_region_code = ANY($5::text[]))`;

/**
 * SQL on `o` (an organisation) and `c`: it matches the kind and region filters. The kinds are compared as the
 * enum, not as text, so the planner can estimate how many organisations match (a third of the time at scale).
 */
export const ORG_MATCHES = orgMatches('o.kind = ANY($4::text[]::organization_kind[])');

/**
 * Live engagements in the period with a matching theme, at least one live organisation matching the kind and
 * region filters (when set), and the Core Group member among them (when set).
 */
export const SCOPED_ENGAGEMENTS = `scoped AS (
  SELECT e.id, e.date, e.type, e.themes FROM engagements e
   WHERE e.deleted_at IS NULL AND e.date BETWEEN $1::date AND $2::date
     AND ($3::text[] IS NULL OR e.themes && $3::text[])
     AND (($4::text[] IS NULL AND $5::text[] IS NULL) OR EXISTS (
           SELECT 1 FROM engagement_organizations eo
             JOIN organizations o ON o.id = eo.organization_id AND o.deleted_at IS NULL
             LEFT JOIN countries c ON c.iso2 = o.country_code
            WHERE eo.engagement_id = e.id AND ${ORG_MATCHES}))
     AND ($6::uuid IS NULL OR EXISTS (
           SELECT 1 FROM engagement_organizations em WHERE em.engagement_id = e.id AND em.organization_id = $6::uuid)))`;

/** Live organisations that took part in a scoped engagement and match the kind and region filters. */
const ENGAGED_ORGANIZATIONS = `engaged AS (
  SELECT DISTINCT o.id, o.kind, o.country_code FROM scoped s
    JOIN engagement_organizations eo ON eo.engagement_id = s.id
    JOIN organizations o ON o.id = eo.organization_id AND o.deleted_at IS NULL
    LEFT JOIN countries c ON c.iso2 = o.country_code
   WHERE ${ORG_MATCHES})`;

/** SQL: whether person `p` counts as a woman (gender as recorded, in any of its usual spellings). */
export const IS_WOMAN = `lower(btrim(p.gender)) = ANY(ARRAY[${WOMAN_GENDER_TERMS.map((w) => `'${w}'`).join(', ')}])`;

/** SQL: who among people `p` counts as what, for the representation figures (same rules as a Dialogue's). */
export const PEOPLE_FIGURES = `count(*)::int AS total,
    count(*) FILTER (WHERE p.country_code IN (SELECT code FROM south))::int AS global_south,
    count(*) FILTER (WHERE ${IS_WOMAN})::int AS women,
    count(*) FILTER (WHERE p.age_band = 'AGE_18_29')::int AS youth`;

/** The live Dialogue that opened the period (its first day within it), if any. */
const OPENING_DIALOGUE = `opening AS (
  SELECT d.id, d.number, d.start_date FROM dialogues d
   WHERE d.deleted_at IS NULL AND d.start_date BETWEEN $1::date AND $2::date ORDER BY d.start_date LIMIT 1)`;

/**
 * What a follow-up (`f`) counts as: OPEN or OVERDUE (open or in progress, due before today), ON_TIME or LATE
 * (done by its due date or after), OTHER (cancelled, or done with no completion date).
 */
export const FOLLOW_UP_STATE = `CASE
    WHEN f.status IN ('${FollowUpStatus.OPEN}', '${FollowUpStatus.IN_PROGRESS}')
      THEN CASE WHEN f.due_date < current_date THEN 'OVERDUE' ELSE 'OPEN' END
    WHEN f.status = '${FollowUpStatus.DONE}' AND f.completed_at::date <= f.due_date THEN 'ON_TIME'
    WHEN f.status = '${FollowUpStatus.DONE}' AND f.completed_at::date > f.due_date THEN 'LATE'
    ELSE 'OTHER' END`;

/** Days a done follow-up took: calendar days from the day it was logged to the day it was completed. */
export const FOLLOW_UP_DAYS = `CASE WHEN f.status = '${FollowUpStatus.DONE}' AND f.completed_at IS NOT NULL
    THEN f.completed_at::date - f.created_at::date END`;

/**
 * Per owner, from rows (owner_id, state, days, n): the counts by state, and the days to close as a histogram
 * (close_days[i] taken by close_counts[i] follow-ups), from which the median is exact.
 */
export function followUpSummary(rows: string): string {
  return `SELECT f.owner_id AS key, u.display_name AS owner_name, f.open, f.overdue, f.on_time, f.late,
           f.close_days, f.close_counts
      FROM (SELECT owner_id,
                   coalesce(sum(n) FILTER (WHERE state IN ('OPEN', 'OVERDUE')), 0)::int AS open,
                   coalesce(sum(n) FILTER (WHERE state = 'OVERDUE'), 0)::int AS overdue,
                   coalesce(sum(n) FILTER (WHERE state = 'ON_TIME'), 0)::int AS on_time,
                   coalesce(sum(n) FILTER (WHERE state = 'LATE'), 0)::int AS late,
                   array_agg(days ORDER BY days) FILTER (WHERE days IS NOT NULL) AS close_days,
                   array_agg(n ORDER BY days) FILTER (WHERE days IS NOT NULL) AS close_counts
              FROM (SELECT owner_id, state, days, sum(n)::int AS n FROM (${rows}) r GROUP BY 1, 2, 3) g
             GROUP BY owner_id) f
      JOIN users u ON u.id = f.owner_id`;
}

/**
 * Each organisation in the Core Group at some time in the period: the engagements of the period it took part in
 * (`engagements`: SQL counting them for member \`m\`) and the collaborations active in the period it is a partner of.
 */
export function coreGroupActivity(engagements: string): string {
  return `cs AS (${collaborationsInScope()}),
    members AS (
      SELECT DISTINCT o.id, o.name FROM core_group_memberships m
        JOIN organizations o ON o.id = m.organization_id AND o.deleted_at IS NULL
        LEFT JOIN countries c ON c.iso2 = o.country_code
       WHERE m.deleted_at IS NULL AND m.start_date <= $2::date AND (m.end_date IS NULL OR m.end_date >= $1::date)
         AND ${ORG_MATCHES})
    SELECT m.id AS key, m.name, coalesce((${engagements}), 0)::int AS engagements,
           (SELECT count(*) FROM collaboration_partners p JOIN cs ON cs.id = p.collaboration_id
             WHERE p.organization_id = m.id)::int AS collaborations
      FROM members m ORDER BY 3 DESC, 4 DESC, 2`;
}

export const FIGURE_SQL = {
  /** Active partners: organisations that took part in at least one engagement of the period. */
  activePartners: `WITH ${SCOPED_ENGAGEMENTS}, ${ENGAGED_ORGANIZATIONS} SELECT count(*)::int AS n FROM engaged`,

  /** Engagements per month of the period (months without any are filled in by the service). */
  engagementsByMonth: `WITH ${SCOPED_ENGAGEMENTS}
    SELECT to_char(date, 'YYYY-MM') AS key, count(*)::int AS n FROM scoped GROUP BY 1 ORDER BY 1`,

  engagementsByType: `WITH ${SCOPED_ENGAGEMENTS}
    SELECT type::text AS key, count(*)::int AS n FROM scoped GROUP BY 1 ORDER BY 2 DESC, 1`,

  /** An engagement on several themes counts once under each. */
  engagementsByTheme: `WITH ${SCOPED_ENGAGEMENTS}
    SELECT t AS key, count(*)::int AS n FROM scoped, unnest(themes) AS t GROUP BY 1 ORDER BY 2 DESC, 1`,

  /** Engagements with at least one organisation of each kind (an engagement counts once per kind). */
  engagementsByOrganizationKind: `WITH ${SCOPED_ENGAGEMENTS}
    SELECT o.kind::text AS key, count(DISTINCT s.id)::int AS n FROM scoped s
      JOIN engagement_organizations eo ON eo.engagement_id = s.id
      JOIN organizations o ON o.id = eo.organization_id AND o.deleted_at IS NULL
      LEFT JOIN countries c ON c.iso2 = o.country_code
     WHERE ${ORG_MATCHES} GROUP BY 1 ORDER BY 2 DESC, 1`,

  /** Organisations engaged, by their country of base (those with none are left out). */
  countriesEngaged: `WITH ${SCOPED_ENGAGEMENTS}, ${ENGAGED_ORGANIZATIONS}
    SELECT country_code AS key, count(*)::int AS n FROM engaged WHERE country_code IS NOT NULL
     GROUP BY 1 ORDER BY 2 DESC, 1`,

  /** Organisations engaged per M49 sub-region — every sub-region listed, those not reached with 0. */
  subRegionsReached: `WITH ${SCOPED_ENGAGEMENTS}, ${ENGAGED_ORGANIZATIONS}
    SELECT r.code AS key, count(e.id)::int AS n FROM m49_regions r
      LEFT JOIN countries c ON c.sub_region_code = r.code
      LEFT JOIN engaged e ON e.country_code = c.iso2
     WHERE r.level = 'SUB_REGION' GROUP BY r.code ORDER BY 2, 1`,

  /**
   * Follow-ups due in the period, about a scoped engagement when any theme, region, kind or member filter is set:
   * one row per owner with their open, overdue, done on time and done late, and how many days those done took.
   */
  followUpsByOwner: `WITH ${SCOPED_ENGAGEMENTS}
    ${followUpSummary(`SELECT f.owner_id, ${FOLLOW_UP_STATE} AS state, ${FOLLOW_UP_DAYS} AS days, 1 AS n
      FROM follow_ups f
     WHERE f.deleted_at IS NULL AND f.due_date BETWEEN $1::date AND $2::date
       AND (($3::text[] IS NULL AND $4::text[] IS NULL AND $5::text[] IS NULL AND $6::uuid IS NULL)
            OR (f.subject_type = 'ENGAGEMENT' AND f.subject_id IN (SELECT id FROM scoped)))`)}`,

  /**
   * Collaborations active at some time in the period (started by its end, not ended before its start, undated
   * ones by creation), on a matching theme, with the member among the partners when set; by status.
   */
  collaborationPipeline: `WITH cs AS (${collaborationsInScope()})
    SELECT status::text AS key, count(*)::int AS n FROM cs GROUP BY 1`,

  /** The same collaborations by South–South kind (the domain rule in SQL; UNKNOWN: fewer than two partners count). */
  collaborationKinds: `WITH cs AS (${collaborationsInScope()}),
    south AS (${GLOBAL_SOUTH_CODES_SQL}),
    counted AS (
      SELECT cs.id,
             count(*) FILTER (WHERE o.kind <> 'UN_ENTITY' AND o.country_code IN (SELECT * FROM south)) AS s,
             count(*) FILTER (WHERE o.kind = 'UN_ENTITY'
                                 OR (o.country_code IS NOT NULL AND o.country_code NOT IN (SELECT * FROM south))) AS x
        FROM cs JOIN collaboration_partners p ON p.collaboration_id = cs.id
        JOIN organizations o ON o.id = p.organization_id
       GROUP BY cs.id)
    SELECT CASE WHEN s + x < 2 THEN 'UNKNOWN' WHEN x = 0 THEN 'SOUTH_SOUTH' WHEN s >= 2 THEN 'TRIANGULAR'
                ELSE 'NORTH_SOUTH' END AS key, count(*)::int AS n
      FROM (SELECT cs.id, coalesce(counted.s, 0) AS s, coalesce(counted.x, 0) AS x
              FROM cs LEFT JOIN counted ON counted.id = cs.id) k
     GROUP BY 1`,

  /**
   * Recommendations of the live Dialogues held by the end of the period, on a matching theme; by stage (the
   * organisation filters do not apply: a recommendation belongs to the Dialogue).
   */
  recommendationsByStage: `WITH unused AS (SELECT $1::date, $4::text[], $5::text[], $6::uuid)
    SELECT r.status::text AS key, count(*)::int AS n FROM recommendations r
      JOIN dialogues d ON d.id = r.dialogue_id AND d.deleted_at IS NULL
     WHERE r.deleted_at IS NULL AND d.start_date <= $2::date
       AND ($3::text[] IS NULL OR r.themes && $3::text[])
     GROUP BY 1`,

  /**
   * Each organisation in the Core Group at some time in the period: engagements of the period it took part in
   * (theme filter applies) and collaborations active in the period it is a partner of.
   */
  coreGroupActivity: `WITH ${SCOPED_ENGAGEMENTS}, ${coreGroupActivity(`SELECT count(*) FROM engagement_organizations eo
      JOIN scoped s ON s.id = eo.engagement_id WHERE eo.organization_id = m.id`)}`,

  /** People (live) who took part in an engagement of the period: Global South by country of base, women, youth. */
  peopleEngaged: `WITH ${SCOPED_ENGAGEMENTS}, south(code) AS (${GLOBAL_SOUTH_CODES_SQL}),
    engaged_people AS (
      SELECT DISTINCT p.id, p.country_code, p.gender, p.age_band FROM scoped s
        JOIN engagement_people ep ON ep.engagement_id = s.id
        JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL)
    SELECT ${PEOPLE_FIGURES} FROM engaged_people p`,

  /** Those who ATTENDED the Dialogue that opened the period (the others are not filtered: it is one event). */
  participants: `WITH unused AS (SELECT $3::text[], $4::text[], $5::text[], $6::uuid), ${OPENING_DIALOGUE},
    south(code) AS (${GLOBAL_SOUTH_CODES_SQL})
    SELECT (SELECT number FROM opening) AS dialogue_number, (SELECT id FROM opening) AS dialogue_id, ${PEOPLE_FIGURES}
      FROM dialogue_participations dp JOIN opening o ON o.id = dp.dialogue_id
      JOIN people p ON p.id = dp.person_id AND p.deleted_at IS NULL
     WHERE dp.deleted_at IS NULL AND dp.status = '${ParticipationStatus.ATTENDED}'`,

  /**
   * Of those who ATTENDED the Dialogue that opened the period: how many took part in an engagement before the next
   * Dialogue (or by the period's end), and how many ATTENDED the next one (null while there is none).
   */
  retention: `WITH unused AS (SELECT $3::text[], $4::text[], $5::text[], $6::uuid), ${OPENING_DIALOGUE},
    next_dialogue AS (
      SELECT n.id, n.start_date FROM dialogues n, opening o
       WHERE n.deleted_at IS NULL AND n.start_date > o.start_date ORDER BY n.start_date LIMIT 1),
    attended AS (
      SELECT DISTINCT dp.person_id FROM dialogue_participations dp JOIN opening o ON o.id = dp.dialogue_id
        JOIN people p ON p.id = dp.person_id AND p.deleted_at IS NULL
       WHERE dp.deleted_at IS NULL AND dp.status = '${ParticipationStatus.ATTENDED}')
    SELECT (SELECT number FROM opening) AS dialogue_number, (SELECT id FROM opening) AS dialogue_id,
           (SELECT count(*) FROM attended)::int AS attended,
           (SELECT count(*) FROM attended a WHERE EXISTS (
              SELECT 1 FROM engagement_people ep JOIN engagements e ON e.id = ep.engagement_id AND e.deleted_at IS NULL
               WHERE ep.person_id = a.person_id AND e.date >= (SELECT start_date FROM opening)
                 AND e.date < coalesce((SELECT start_date FROM next_dialogue), $2::date + 1)))::int AS engaged,
           CASE WHEN EXISTS (SELECT 1 FROM next_dialogue) THEN
             (SELECT count(*) FROM attended a WHERE EXISTS (
                SELECT 1 FROM dialogue_participations dp JOIN next_dialogue nd ON nd.id = dp.dialogue_id
                 WHERE dp.person_id = a.person_id AND dp.deleted_at IS NULL
                   AND dp.status = '${ParticipationStatus.ATTENDED}'))::int END AS came_back`,
} as const;

export type FigureName = keyof typeof FIGURE_SQL;

/**
 * What finishes two figures the engagement index answers in part: the follow-up counts it found (owner, state,
 * days, n as arrays $1…$4) summed per owner with their names, and the Core Group members' engagement counts it found
 * ($7 ids, $8 counts) with their collaborations.
 */
export const INDEX_FINISH = {
  followUpsByOwner: followUpSummary(
    'SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[]) AS r(owner_id, state, days, n)',
  ),
  coreGroupActivity: `WITH ${coreGroupActivity('SELECT c.n FROM unnest($7::uuid[], $8::int[]) AS c(id, n) WHERE c.id = m.id')}`,
};

function collaborationsInScope(): string {
  return `SELECT k.id, k.status FROM collaborations k
     WHERE k.deleted_at IS NULL
       AND coalesce(k.start_date, k.created_at::date) <= $2::date
       AND (k.end_date IS NULL OR k.end_date >= $1::date)
       AND ($3::text[] IS NULL OR k.themes && $3::text[])
       AND ($6::uuid IS NULL OR EXISTS (SELECT 1 FROM collaboration_partners m
             WHERE m.collaboration_id = k.id AND m.organization_id = $6::uuid))
       AND (($4::text[] IS NULL AND $5::text[] IS NULL) OR EXISTS (
             SELECT 1 FROM collaboration_partners p JOIN organizations o ON o.id = p.organization_id
               LEFT JOIN countries c ON c.iso2 = o.country_code
              WHERE p.collaboration_id = k.id AND ${ORG_MATCHES}))`;
}

/** Every status, in pipeline order, so a figure lists those at 0 too. */
export const COLLABORATION_STATUSES = Object.values(CollaborationStatus);
export const RECOMMENDATION_STAGES = Object.values(RecommendationStatus);

/** The network's links other than shared engagements: collaborations and memberships (CTEs; $1…$8 as below). */
const NON_ENGAGEMENT_PAIRS = `cs AS (${collaborationsInScope()}),
  visible AS (
    SELECT o.id FROM organizations o LEFT JOIN countries c ON c.iso2 = o.country_code
     WHERE o.deleted_at IS NULL AND (o.risk_level::text = ANY($7::text[]) OR o.id = ANY($8::uuid[])) AND ${ORG_MATCHES}),
  collaboration_pairs AS (
    SELECT a.organization_id AS x, b.organization_id AS y, count(DISTINCT cs.id) AS n FROM cs
      JOIN collaboration_partners a ON a.collaboration_id = cs.id
      JOIN collaboration_partners b ON b.collaboration_id = cs.id AND a.organization_id < b.organization_id
     GROUP BY 1, 2),
  membership_pairs AS (
    SELECT DISTINCT least(r.source_id, r.target_id) AS x, greatest(r.source_id, r.target_id) AS y
      FROM organization_relationships r
     WHERE r.deleted_at IS NULL AND r.type = 'MEMBER_OF'
       AND (r.start_date IS NULL OR r.start_date <= $2::date) AND (r.end_date IS NULL OR r.end_date >= $1::date))`;

/** Sums link rows `u` (x, y, e, c, m) per pair of visible organisations. */
const LINKS_OF = (
  u: string,
) => `SELECT u.x, u.y, sum(u.e)::int AS engagements, sum(u.c)::int AS collaborations,
    bool_or(u.m) AS member
    FROM (${u}) u
   WHERE u.x IN (SELECT id FROM visible) AND u.y IN (SELECT id FROM visible)
   GROUP BY u.x, u.y`;

/**
 * The partnership network of the period: pairs of live organisations the viewer may see ($7: the risk levels
 * cleared, $8: the ids of organisations a named grant shows; see common/visibility.ts), matching the kind and region filters, with the engagements and collaborations of the period they
 * shared and whether one is a member of the other (MEMBER_OF, live during the period).
 */
export const NETWORK_SQL = `WITH ${SCOPED_ENGAGEMENTS}, ${NON_ENGAGEMENT_PAIRS},
  engagement_pairs AS (
    SELECT a.organization_id AS x, b.organization_id AS y, count(DISTINCT s.id) AS n FROM scoped s
      JOIN engagement_organizations a ON a.engagement_id = s.id
      JOIN engagement_organizations b ON b.engagement_id = s.id AND a.organization_id < b.organization_id
     GROUP BY 1, 2)
  ${LINKS_OF(`SELECT x, y, n AS e, 0 AS c, false AS m FROM engagement_pairs
    UNION ALL SELECT x, y, 0, n, false FROM collaboration_pairs
    UNION ALL SELECT x, y, 0, 0, true FROM membership_pairs`)}`;

/**
 * The network's collaboration and membership links, for the engagement index to add its engagement links to (the
 * same parameters as NETWORK_SQL; $3…$6 typed where only some are used).
 */
export const NON_ENGAGEMENT_LINKS_SQL = `WITH unused AS (SELECT $3::text[], $4::text[], $5::text[], $6::uuid),
  ${NON_ENGAGEMENT_PAIRS}
  ${LINKS_OF(`SELECT x, y, 0 AS e, n AS c, false AS m FROM collaboration_pairs
    UNION ALL SELECT x, y, 0, 0, true FROM membership_pairs`)}`;
