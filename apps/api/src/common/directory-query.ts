import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { GLOBAL_SOUTH_CODES_SQL, REGION_CODES_SQL } from '../reference/reference.service';
import { cycleDateRange } from './cycle-range';
import type { DirectoryFilter } from './directory-filter';
import { ForbiddenError } from './domain-error';
import { containsPattern } from './sql';
import { visibleWhere } from './visibility';

/** How a directory's table answers the shared filters. */
export interface DirectoryShape {
  /** Columns `text` searches, on the query's alias. */
  textColumns: string[];
  /** The engagement join table (aliased `ep` in the SQL) and how it points at the row. */
  participants: { table: string; condition: string };
}

/**
 * The filters organisations and people share (DirectoryFilter), in one place. Protected records the viewer may
 * not see (neither cleared nor granted) are left out of lists and search, so a search can never confirm a withheld name.
 */
export async function applyDirectoryFilter<T extends ObjectLiteral>(
  db: DataSource,
  query: SelectQueryBuilder<T>,
  viewer: CurrentUser,
  filter: DirectoryFilter & { text?: string },
  shape: DirectoryShape,
): Promise<void> {
  const a = query.alias;
  query.where(...visibleWhere(a, viewer));
  if (filter.trash) query.withDeleted().andWhere(`${a}.deleted_at IS NOT NULL`);
  if (filter.text) {
    const columns = shape.textColumns.map((c) => `${a}.${c} ILIKE :pattern`).join(' OR ');
    query.andWhere(`(${columns})`, { pattern: containsPattern(filter.text) });
  }
  if (filter.countryCodes?.length) {
    query.andWhere(`${a}.country_code IN (:...countries)`, { countries: filter.countryCodes });
  }
  if (filter.themes?.length) query.andWhere(`${a}.themes && :themes`, { themes: filter.themes });
  if (filter.regionCodes?.length) {
    query.andWhere(`${a}.country_code IN (${REGION_CODES_SQL})`, { regionCodes: filter.regionCodes });
  }
  if (filter.globalSouth !== undefined) {
    const inSouth = `${a}.country_code IN (${GLOBAL_SOUTH_CODES_SQL})`;
    query.andWhere(filter.globalSouth ? inSouth : `${a}.country_code IS NOT NULL AND NOT ${inSouth}`);
  }
  await applyEngagedFilter(db, query, filter, shape.participants);
  if (filter.riskLevels?.length) {
    if (!can(viewer, Action.ManageProtection)) {
      throw new ForbiddenError('Only staff who manage protection can filter by risk level.');
    }
    query.andWhere(`${a}.risk_level IN (:...risks)`, { risks: filter.riskLevels });
  }
}

/**
 * "Engaged since the last Dialogue" (or in cycle N): the record took part in a live engagement dated in that
 * cycle; `engagedSinceLastDialogue: false` is the opposite (no engagement since the last one).
 */
async function applyEngagedFilter<T extends ObjectLiteral>(
  db: DataSource,
  query: SelectQueryBuilder<T>,
  filter: { engagedInCycle?: number; engagedSinceLastDialogue?: boolean },
  participants: { table: string; condition: string },
): Promise<void> {
  if (filter.engagedInCycle === undefined && filter.engagedSinceLastDialogue === undefined) return;
  const range = cycleDateRange(
    await db.getRepository(DialogueEntity).find(),
    {
      cycle: filter.engagedInCycle,
      sinceLastDialogue: filter.engagedSinceLastDialogue === undefined ? undefined : true,
    },
    'filter.engagedInCycle',
  );
  const engaged = range
    ? `EXISTS (SELECT 1 FROM ${participants.table} ep
        JOIN engagements ee ON ee.id = ep.engagement_id AND ee.deleted_at IS NULL
        WHERE ${participants.condition} AND (CAST(:engagedFrom AS date) IS NULL OR ee.date >= CAST(:engagedFrom AS date))
          AND (CAST(:engagedTo AS date) IS NULL OR ee.date <= CAST(:engagedTo AS date)))`
    : 'false';
  const negate = filter.engagedSinceLastDialogue === false;
  query.andWhere(negate ? `NOT ${engaged}` : engaged, {
    engagedFrom: range?.from ?? null,
    engagedTo: range?.to ?? null,
  });
}
