import { FollowUpSubjectType } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../common/pagination';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { ParticipationsService } from '../dialogues/participations.service';
import { EngagementEntity } from '../engagements/engagement.entity';
import { cycleDateRange, EngagementsService, OWN_ORGANIZATION_SQL } from '../engagements/engagements.service';
import { FollowUpEntity } from '../follow-ups/follow-up.entity';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import type { FieldChanges } from '../history/history-entry.entity';
import type { HistoryEntry } from '../history/history.model';
import { TimelineItemKind, type TimelineArgs, type TimelineItem } from './timeline.model';
import { CollaborationEntity } from '../collaborations/collaboration.entity';
import { OWN_COLLABORATION_SQL } from '../collaborations/collaborations.service';

/** Whose timeline: an organisation or a person, and how its own records are found. */
export interface TimelineRecord {
  /** The history's name for the record: "organization" or "person". */
  entityType: 'organization' | 'person';
  id: string;
  /** Fields of the record's history this viewer may not see (the risk level, for most). */
  hiddenFields: readonly string[];
}

interface Row {
  day: string;
  kind: TimelineItemKind;
  sort_id: string;
  ref: string;
}

interface HistoryRow {
  id: string;
  entity_id: string;
  action: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  changes: FieldChanges;
}

/**
 * "What has happened with this network since the last Dialogue? Everything, on one page, newest first": the
 * engagements a record took part in, the follow-ups about it and the changes to it, merged into one list keyed
 * by (date, kind, id) so that pages are stable.
 */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EngagementsService) private readonly engagements: EngagementsService,
    @Inject(FollowUpsService) private readonly followUps: FollowUpsService,
    @Inject(ParticipationsService) private readonly participations: ParticipationsService,
  ) {}

  async of(
    viewer: CurrentUser,
    record: TimelineRecord,
    args: TimelineArgs,
  ): Promise<Connection<TimelineItem>> {
    const params: Record<string, unknown> = {
      recordId: record.id,
      entityType: record.entityType,
      viewerId: viewer.id,
      scopeOrganizationId: viewer.organizationId,
    };
    const participants =
      record.entityType === 'organization'
        ? 'SELECT 1 FROM engagement_organizations p WHERE p.engagement_id = e.id AND p.organization_id = :recordId'
        : 'SELECT 1 FROM engagement_people p WHERE p.engagement_id = e.id AND p.person_id = :recordId';
    const readAll = can(viewer, Action.ReadAllEngagements);
    const parts = [
      `SELECT e.date AS day, '${TimelineItemKind.ENGAGEMENT}' AS kind, CAST(e.id AS text) AS sort_id, CAST(e.id AS text) AS ref
         FROM engagements e WHERE e.deleted_at IS NULL AND EXISTS (${participants})
         ${readAll ? '' : `AND ${OWN_ORGANIZATION_SQL}`}`,
      `SELECT h.at_day, '${TimelineItemKind.CHANGE}', lpad(CAST(h.id AS text), 20, '0'), CAST(h.id AS text)
         FROM (SELECT id, CAST(timezone('UTC', at) AS date) AS at_day FROM history_entries
                WHERE entity_type = :entityType AND entity_id = :recordId) h`,
    ];
    // Dialogues the person took part in, or at which someone represented the organisation (every role reads
    // them; a protected participant appears withheld), on the Dialogue's first day.
    parts.push(
      `SELECT d.start_date, '${TimelineItemKind.DIALOGUE_PARTICIPATION}', CAST(dp.id AS text), CAST(dp.id AS text)
         FROM dialogue_participations dp JOIN dialogues d ON d.id = dp.dialogue_id AND d.deleted_at IS NULL
        WHERE dp.deleted_at IS NULL AND dp.${record.entityType === 'organization' ? 'organization_id' : 'person_id'} = :recordId`,
    );
    // Collaborations an organisation is a partner of, on their start day (else the day they were logged); the
    // Core Group sees only those its own organisation is a partner of.
    if (record.entityType === 'organization')
      parts.push(
        `SELECT COALESCE(c.start_date, CAST(timezone('UTC', c.created_at) AS date)), '${TimelineItemKind.COLLABORATION}',
                CAST(c.id AS text), CAST(c.id AS text)
           FROM collaborations c WHERE c.deleted_at IS NULL
           AND EXISTS (SELECT 1 FROM collaboration_partners cp WHERE cp.collaboration_id = c.id AND cp.organization_id = :recordId)
           ${can(viewer, Action.ReadAllCollaborations) ? '' : `AND ${OWN_COLLABORATION_SQL}`}`,
      );
    // Follow-ups about the record (people have none yet); the Core Group sees only those it owns.
    if (record.entityType === 'organization')
      parts.push(
        `SELECT f.due_date, '${TimelineItemKind.FOLLOW_UP}', CAST(f.id AS text), CAST(f.id AS text)
           FROM follow_ups f WHERE f.deleted_at IS NULL AND f.subject_type = '${FollowUpSubjectType.ORGANIZATION}'
           AND f.subject_id = :recordId ${readAll ? '' : 'AND f.owner_id = :viewerId'}`,
      );
    const where: string[] = [];
    if (args.cycle !== undefined || args.sinceLastDialogue !== undefined) {
      const range = cycleDateRange(await this.db.getRepository(DialogueEntity).find(), args, 'cycle');
      if (!range) where.push('false');
      if (range?.from) where.push('day >= CAST(:from AS date)');
      if (range?.to) where.push('day <= CAST(:to AS date)');
      Object.assign(params, { from: range?.from, to: range?.to });
    }
    const items = `(${parts.join(' UNION ALL ')}) items ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const [countSql, countParams] = this.db.driver.escapeQueryWithParameters(
      `SELECT CAST(count(*) AS int) AS n FROM ${items}`,
      params,
    );
    const [{ n }]: { n: number }[] = await this.db.query(countSql, countParams);

    const page = [...where];
    if (args.after) {
      const [day, kind, sortId] = decodeCursor(args.after, 3).map(String);
      page.push('(day, kind, sort_id) < (CAST(:afterDay AS date), :afterKind, :afterId)');
      Object.assign(params, { afterDay: day, afterKind: kind, afterId: sortId });
    }
    const [sql, sqlParams] = this.db.driver.escapeQueryWithParameters(
      `SELECT CAST(day AS text) AS day, kind, sort_id, ref
         FROM (${parts.join(' UNION ALL ')}) items ${page.length ? `WHERE ${page.join(' AND ')}` : ''}
        ORDER BY items.day DESC, kind DESC, sort_id DESC LIMIT :limit`,
      { ...params, limit: args.first + 1 },
    );
    const rows: Row[] = await this.db.query(sql, sqlParams);
    const built = await this.build(viewer, record, rows);
    return toConnection(built, args.first, n, (item) => item.cursor);
  }

  /** Loads what the rows name, one query per kind. */
  private async build(
    viewer: CurrentUser,
    record: TimelineRecord,
    rows: Row[],
  ): Promise<(TimelineItem & { cursor: string })[]> {
    const refs = (kind: TimelineItemKind) => rows.filter((r) => r.kind === kind).map((r) => r.ref);
    const engagementIds = refs(TimelineItemKind.ENGAGEMENT);
    const followUpIds = refs(TimelineItemKind.FOLLOW_UP);
    const historyIds = refs(TimelineItemKind.CHANGE);
    const collaborationIds = refs(TimelineItemKind.COLLABORATION);
    const [engagements, followUps, changes, participations, collaborations] = await Promise.all([
      engagementIds.length
        ? this.db.getRepository(EngagementEntity).find({ where: { id: In(engagementIds) } })
        : [],
      followUpIds.length
        ? this.db.getRepository(FollowUpEntity).find({ where: { id: In(followUpIds) } })
        : [],
      historyIds.length
        ? this.db.query<HistoryRow[]>(
            `SELECT h.id, h.entity_id, h.action, h.at, h.actor_id, u.display_name AS actor_name, h.changes
               FROM history_entries h LEFT JOIN users u ON u.id = h.actor_id WHERE h.id = ANY($1)`,
            [historyIds],
          )
        : [],
      this.participations.findByIds(refs(TimelineItemKind.DIALOGUE_PARTICIPATION)),
      collaborationIds.length
        ? this.db.getRepository(CollaborationEntity).find({ where: { id: In(collaborationIds) } })
        : [],
    ]);
    const collaborationById = new Map(collaborations.map((c) => [c.id, c]));
    const participationById = new Map(participations.map((p) => [p.id, p]));
    const engagementById = new Map(engagements.map((e) => [e.id, this.engagements.present(e)]));
    const presented = await this.followUps.presentAll(followUps, viewer);
    const followUpById = new Map(presented.map((f) => [f.id, f]));
    const hidden = new Set(record.hiddenFields);
    const changeById = new Map(changes.map((h) => [String(h.id), toHistoryEntry(h, hidden)]));
    return rows.map((row) => ({
      kind: row.kind,
      date: row.day,
      engagement: engagementById.get(row.ref) ?? null,
      followUp: followUpById.get(row.ref) ?? null,
      change: row.kind === TimelineItemKind.CHANGE ? (changeById.get(row.ref) ?? null) : null,
      participation: participationById.get(row.ref) ?? null,
      collaboration: collaborationById.get(row.ref) ?? null,
      cursor: encodeCursor([row.day, row.kind, row.sort_id]),
    }));
  }
}

/** A history row as HistoryService presents it: values JSON text, blanked for hidden fields. */
function toHistoryEntry(row: HistoryRow, hidden: Set<string>): HistoryEntry {
  return {
    id: String(row.id),
    recordId: row.entity_id,
    action: row.action,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    changes: Object.entries(row.changes).map(([field, change]) =>
      hidden.has(field)
        ? { field, before: null, after: null, withheld: true }
        : {
            field,
            before: JSON.stringify(change.before),
            after: JSON.stringify(change.after),
            withheld: false,
          },
    ),
  };
}
