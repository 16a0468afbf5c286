import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { cycleDateRange } from './cycle-range';

/**
 * "Engaged since the last Dialogue" (or in cycle N) for directories: the record took part in a live engagement
 * dated in that cycle; `engagedSinceLastDialogue: false` is the opposite (no engagement since the last one).
 * `participants` names the join table (aliased `ep`) and how it points at the row.
 */
export async function applyEngagedFilter<T extends ObjectLiteral>(
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
