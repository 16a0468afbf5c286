import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { byKeys, groupByKeys } from '../graphql/request-loaders';
import {
  RecommendationOrganizationEntity,
  RecommendationPersonEntity,
} from './recommendation-contributor.entity';
import { RecommendationEntity } from './recommendation.entity';

/** Recommendations by id, deleted ones included (a follow-up of one in the trash still names it). */
export const recommendationById = (db: DataSource) =>
  new DataLoader<string, RecommendationEntity | null>(async (ids) => {
    const rows = await db
      .getRepository(RecommendationEntity)
      .find({ where: { id: In([...ids]) }, withDeleted: true });
    return byKeys(
      ids,
      rows,
      (r) => r.id,
      null,
      (r) => r,
    );
  });

export const organizationsByRecommendation = (db: DataSource) =>
  new DataLoader<string, RecommendationOrganizationEntity[]>(async (ids) => {
    const rows = await db
      .getRepository(RecommendationOrganizationEntity)
      .find({ where: { recommendationId: In([...ids]) }, order: { organizationId: 'ASC' } });
    return groupByKeys(ids, rows, (r) => r.recommendationId);
  });

export const peopleByRecommendation = (db: DataSource) =>
  new DataLoader<string, RecommendationPersonEntity[]>(async (ids) => {
    const rows = await db
      .getRepository(RecommendationPersonEntity)
      .find({ where: { recommendationId: In([...ids]) }, order: { personId: 'ASC' } });
    return groupByKeys(ids, rows, (r) => r.recommendationId);
  });

/** Dialogues by id, those in the trash included: a recommendation keeps naming the Dialogue it came from. */
export const dialogueById = (db: DataSource) =>
  new DataLoader<string, DialogueEntity | null>(async (ids) => {
    const rows = await db
      .getRepository(DialogueEntity)
      .find({ where: { id: In([...ids]) }, withDeleted: true });
    return byKeys(
      ids,
      rows,
      (r) => r.id,
      null,
      (r) => r,
    );
  });
