import { FollowUpSubjectType } from '@convene/domain';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byKeys, groupByKeys } from '../graphql/request-loaders';
import { FollowUpEntity } from './follow-up.entity';
import type { UserSummary } from './follow-up.model';

/** Live follow-ups of subjects of one kind, soonest due first. */
const followUpsBySubject = (type: FollowUpSubjectType) => (db: DataSource) =>
  new DataLoader<string, FollowUpEntity[]>(async (ids) => {
    const rows = await db.getRepository(FollowUpEntity).find({
      where: { subjectType: type, subjectId: In([...ids]) },
      order: { dueDate: 'ASC', id: 'ASC' },
    });
    return groupByKeys(ids, rows, (r) => r.subjectId);
  });

export const followUpsByEngagement = followUpsBySubject(FollowUpSubjectType.ENGAGEMENT);
export const followUpsByOrganization = followUpsBySubject(FollowUpSubjectType.ORGANIZATION);
export const followUpsByCollaboration = followUpsBySubject(FollowUpSubjectType.COLLABORATION);
export const followUpsByRecommendation = followUpsBySubject(FollowUpSubjectType.RECOMMENDATION);

/** Users as colleagues see them (owners of follow-ups, staff of engagements). */
export const userSummaryById = (db: DataSource) =>
  new DataLoader<string, UserSummary | null>(async (ids) => {
    const rows: { id: string; display_name: string; disabled: boolean }[] = await db.query(
      'SELECT id, display_name, disabled_at IS NOT NULL AS disabled FROM users WHERE id = ANY($1)',
      [[...ids]],
    );
    return byKeys(
      ids,
      rows,
      (r) => r.id,
      null,
      (r) => ({ id: r.id, displayName: r.display_name, disabled: r.disabled }),
    );
  });
