import {
  INVITED_OR_ATTENDED,
  OrganizationKind,
  ParticipationStatus,
  SMALL_GROUP_THRESHOLD,
  suppress,
  WOMAN_GENDER_TERMS,
} from '@convene/domain';
import { M49_REGIONS } from '@convene/reference';
import type { EntityManager } from 'typeorm';
import { GLOBAL_SOUTH_CODES_SQL } from '../reference/reference.service';
import type { DialogueRepresentation, RepresentationFigures } from './dialogue.model';

/** The groups of participants the figures are given for, by status. */
export const REPRESENTATION_GROUPS = {
  attended: [ParticipationStatus.ATTENDED],
  invitedOrAttended: [...INVITED_OR_ATTENDED],
} as const satisfies Record<string, readonly ParticipationStatus[]>;

export type RepresentationGroup = keyof typeof REPRESENTATION_GROUPS;

/** One row of the grouped counts: the group's totals (no region, no kind), or one region's, or one kind's. */
export interface RepresentationRow {
  dialogue_id: string;
  grp: RepresentationGroup;
  /** 'all', 'region' or 'kind': which grouping the row belongs to. */
  level: 'all' | 'region' | 'kind';
  region_code: string | null;
  org_kind: OrganizationKind | null;
  total: number;
  global_south: number;
  no_country: number;
  women: number;
  youth: number;
  came_back: number;
}

const REGIONS = M49_REGIONS.filter((r) => r.level === 'REGION').sort((a, b) => a.code.localeCompare(b.code));

/**
 * Counts for the Dialogues `ids`, grouped in one pass: per group of statuses, the totals, then per M49 region
 * (of the person's country of base) and per kind of the organisation represented. Global South follows the
 * active classification; women are those self-described so; youth is the self-declared 18–29 band; "came back"
 * is those who ATTENDED the previous live Dialogue (by number). Protected people are counted like everyone: the
 * figures never name anyone, and small groups are suppressed when presented.
 */
export async function countRepresentation(
  manager: Pick<EntityManager, 'query'>,
  ids: readonly string[],
): Promise<{ rows: RepresentationRow[]; previous: Map<string, number> }> {
  const previousRows: { id: string; previous_id: string | null; previous_number: number | null }[] =
    await manager.query(
      `SELECT d.id, prev.id AS previous_id, prev.number AS previous_number FROM dialogues d
         LEFT JOIN LATERAL (SELECT p.id, p.number FROM dialogues p
                             WHERE p.deleted_at IS NULL AND p.number < d.number ORDER BY p.number DESC LIMIT 1) prev ON true
        WHERE d.id = ANY($1)`,
      [ids],
    );
  const groups = Object.entries(REPRESENTATION_GROUPS);
  const rows: RepresentationRow[] = await manager.query(
    `WITH targets AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS t(id, previous_id)),
          grps AS (SELECT * FROM unnest($3::text[], $4::text[]) AS g(name, statuses)),
          members AS (
            SELECT t.id AS dialogue_id, g.name AS grp, p.country_code, p.gender, p.age_band,
                   c.region_code, o.kind AS org_kind,
                   EXISTS (SELECT 1 FROM dialogue_participations prev
                            WHERE prev.dialogue_id = t.previous_id AND prev.person_id = dp.person_id
                              AND prev.status = 'ATTENDED' AND prev.deleted_at IS NULL) AS came_back
              FROM targets t
              JOIN dialogue_participations dp ON dp.dialogue_id = t.id AND dp.deleted_at IS NULL
              JOIN grps g ON dp.status::text = ANY(string_to_array(g.statuses, ','))
              JOIN people p ON p.id = dp.person_id
              LEFT JOIN countries c ON c.iso2 = p.country_code
              LEFT JOIN organizations o ON o.id = dp.organization_id)
     SELECT dialogue_id, grp,
            CASE GROUPING(region_code, org_kind) WHEN 3 THEN 'all' WHEN 1 THEN 'region' ELSE 'kind' END AS level,
            region_code, org_kind,
            count(*)::int AS total,
            count(*) FILTER (WHERE country_code IN (${GLOBAL_SOUTH_CODES_SQL}))::int AS global_south,
            count(*) FILTER (WHERE country_code IS NULL)::int AS no_country,
            count(*) FILTER (WHERE lower(btrim(gender)) = ANY($5))::int AS women,
            count(*) FILTER (WHERE age_band = 'AGE_18_29')::int AS youth,
            count(*) FILTER (WHERE came_back)::int AS came_back
       FROM members
      GROUP BY GROUPING SETS ((dialogue_id, grp), (dialogue_id, grp, region_code), (dialogue_id, grp, org_kind))`,
    [
      previousRows.map((r) => r.id),
      previousRows.map((r) => r.previous_id),
      groups.map(([name]) => name),
      groups.map(([, statuses]) => statuses.join(',')),
      [...WOMAN_GENDER_TERMS],
    ],
  );
  const previous = new Map<string, number>();
  for (const r of previousRows) if (r.previous_number !== null) previous.set(r.id, r.previous_number);
  return { rows, previous };
}

/** The figures as presented: every count below the threshold withheld, every region and kind listed. */
export function presentRepresentation(
  rows: readonly RepresentationRow[],
  previousDialogueNumber: number | null,
  threshold = SMALL_GROUP_THRESHOLD,
): DialogueRepresentation {
  const figures = (grp: RepresentationGroup): RepresentationFigures => {
    const mine = rows.filter((r) => r.grp === grp);
    const all = mine.find((r) => r.level === 'all');
    const total = all?.total ?? 0;
    const count = (n: number | undefined) => suppress(n ?? 0, total, threshold);
    const inRegion = (code: string | null) =>
      mine.find((r) => r.level === 'region' && r.region_code === code)?.total;
    const ofKind = (kind: OrganizationKind | null) =>
      mine.find((r) => r.level === 'kind' && r.org_kind === kind)?.total;
    return {
      statuses: [...REPRESENTATION_GROUPS[grp]],
      total: count(total),
      globalSouth: count(all?.global_south),
      noCountry: count(all?.no_country),
      women: count(all?.women),
      youth: count(all?.youth),
      regions: [
        ...REGIONS.map((r) => ({ regionCode: r.code, regionName: r.name, ...count(inRegion(r.code)) })),
        { regionCode: null, regionName: null, ...count(inRegion(null)) },
      ],
      organizationKinds: [
        ...Object.values(OrganizationKind).map((kind) => ({ kind, ...count(ofKind(kind)) })),
        { kind: null, ...count(ofKind(null)) },
      ],
      cameBack: previousDialogueNumber === null ? null : count(all?.came_back),
    };
  };
  return {
    threshold,
    previousDialogueNumber,
    attended: figures('attended'),
    invitedOrAttended: figures('invitedOrAttended'),
  };
}
