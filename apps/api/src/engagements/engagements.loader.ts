import { ParticipantSide } from '@convene/domain';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { byKeys, groupByKeys } from '../graphql/request-loaders';
import { EngagementOrganizationEntity } from './engagement-organization.entity';
import { EngagementPersonEntity } from './engagement-person.entity';
import { EngagementStaffEntity } from './engagement-staff.entity';
import { EngagementEntity } from './engagement.entity';

/** Engagements by id, deleted ones included (a follow-up of an engagement in the trash still names it). */
export const engagementById = (db: DataSource) =>
  new DataLoader<string, EngagementEntity | null>(async (ids) => {
    const rows = await db
      .getRepository(EngagementEntity)
      .find({ where: { id: In([...ids]) }, withDeleted: true });
    return byKeys(
      ids,
      rows,
      (r) => r.id,
      null,
      (r) => r,
    );
  });

const SIDE_ORDER = Object.values(ParticipantSide);
const bySide = <T extends { side: ParticipantSide }>(a: T, b: T) =>
  SIDE_ORDER.indexOf(a.side) - SIDE_ORDER.indexOf(b.side);

export const organizationParticipantsByEngagement = (db: DataSource) =>
  new DataLoader<string, EngagementOrganizationEntity[]>(async (ids) => {
    const rows = await db
      .getRepository(EngagementOrganizationEntity)
      .find({ where: { engagementId: In([...ids]) }, order: { organizationId: 'ASC' } });
    return groupByKeys(ids, rows.sort(bySide), (r) => r.engagementId);
  });

export const personParticipantsByEngagement = (db: DataSource) =>
  new DataLoader<string, EngagementPersonEntity[]>(async (ids) => {
    const rows = await db
      .getRepository(EngagementPersonEntity)
      .find({ where: { engagementId: In([...ids]) }, order: { personId: 'ASC' } });
    return groupByKeys(ids, rows.sort(bySide), (r) => r.engagementId);
  });

export const staffByEngagement = (db: DataSource) =>
  new DataLoader<string, EngagementStaffEntity[]>(async (ids) => {
    const rows = await db
      .getRepository(EngagementStaffEntity)
      .find({ where: { engagementId: In([...ids]) }, order: { userId: 'ASC' } });
    return groupByKeys(ids, rows, (r) => r.engagementId);
  });

/** Every Dialogue, once per request (the key is ignored): cycles are computed from them. */
export const allDialogues = (db: DataSource) =>
  new DataLoader<'all', DialogueEntity[]>(async (keys) => {
    const rows = await db.getRepository(DialogueEntity).find();
    return keys.map(() => rows);
  });
