import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../common/pagination';
import type { HistoryEntry } from './history.model';
import type { FieldChanges } from './history-entry.entity';

interface Row {
  id: string;
  entity_id: string;
  action: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  changes: FieldChanges;
}

/**
 * Reads a record's history, newest first; values of `withheldFields` are blanked for this viewer (`'all'`: every
 * value, for a record that names someone withheld from them — only who changed what field, and when, remains).
 */
@Injectable()
export class HistoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forRecord(
    entityType: string,
    entityId: string,
    page: { first: number; after?: string },
    withheldFields: readonly string[] | 'all',
  ): Promise<Connection<HistoryEntry>> {
    // A survivor's history also shows the entries of the records merged into it (and of theirs), until undone.
    const ids =
      entityType === 'organization' || entityType === 'person'
        ? (
            await this.db.query<{ id: string }[]>(
              `WITH RECURSIVE merged(id) AS (
                 SELECT $1::uuid
                 UNION SELECT g.merged_id FROM merges g JOIN merged ON g.survivor_id = merged.id
                  WHERE g.undone_at IS NULL AND g.kind = $2)
               SELECT id FROM merged`,
              [entityId, entityType],
            )
          ).map((r) => r.id)
        : [entityId];
    const params: unknown[] = [entityType, ids, page.first + 1];
    let before = '';
    if (page.after) {
      const [id] = decodeCursor(page.after, 1);
      params.push(String(id));
      before = 'AND h.id < $4';
    }
    const rows: Row[] = await this.db.query(
      `SELECT h.id, h.entity_id, h.action, h.at, h.actor_id, u.display_name AS actor_name, h.changes
         FROM history_entries h LEFT JOIN users u ON u.id = h.actor_id
        WHERE h.entity_type = $1 AND h.entity_id = ANY($2::uuid[]) ${before}
        ORDER BY h.id DESC LIMIT $3`,
      params,
    );
    const [{ n }]: { n: number }[] = await this.db.query(
      'SELECT count(*)::int AS n FROM history_entries WHERE entity_type = $1 AND entity_id = ANY($2::uuid[])',
      [entityType, ids],
    );
    const hidden = withheldFields === 'all' ? null : new Set(withheldFields);
    const entries = rows.map((row) => ({
      id: String(row.id),
      recordId: row.entity_id,
      action: row.action,
      at: row.at,
      actorId: row.actor_id,
      actorName: row.actor_name,
      changes: Object.entries(row.changes).map(([field, change]) =>
        !hidden || hidden.has(field)
          ? { field, before: null, after: null, withheld: true }
          : {
              field,
              before: JSON.stringify(change.before),
              after: JSON.stringify(change.after),
              withheld: false,
            },
      ),
    }));
    return toConnection(entries, page.first, n, (e) => encodeCursor([e.id]));
  }
}
