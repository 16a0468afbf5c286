import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byKeys, groupByKeys } from '../graphql/request-loaders';
import { CoreGroupMembershipEntity } from './core-group-membership.entity';
import { OrganizationRelationshipEntity } from './organization-relationship.entity';
import { OrganizationEntity } from './organization.entity';

/** Organisations by id, deleted ones included (a link to a record in the trash still names it). */
export const organizationById = (db: DataSource) =>
  new DataLoader<string, OrganizationEntity | null>(async (ids) => {
    const rows = await db
      .getRepository(OrganizationEntity)
      .find({ where: { id: In([...ids]) }, withDeleted: true });
    return byKeys(
      ids,
      rows,
      (r) => r.id,
      null,
      (r) => r,
    );
  });

/** Live relationships in which each organisation is source or target. */
export const relationshipsByOrganization = (db: DataSource) =>
  new DataLoader<string, OrganizationRelationshipEntity[]>(async (ids) => {
    const rows = await db
      .getRepository(OrganizationRelationshipEntity)
      .createQueryBuilder('r')
      .where('(r.source_id IN (:...ids) OR r.target_id IN (:...ids))', { ids })
      .orderBy('r.start_date', 'DESC', 'NULLS LAST')
      .getMany();
    const keyed = rows.flatMap((r) => [
      { key: r.sourceId, r },
      { key: r.targetId, r },
    ]);
    return groupByKeys(ids, keyed, (k) => k.key).map((list) => list.map((k) => k.r));
  });

export const coreGroupMembershipsByOrganization = (db: DataSource) =>
  new DataLoader<string, CoreGroupMembershipEntity[]>(async (ids) => {
    const rows = await db
      .getRepository(CoreGroupMembershipEntity)
      .find({ where: { organizationId: In([...ids]) }, order: { startDate: 'DESC' } });
    return groupByKeys(ids, rows, (r) => r.organizationId);
  });
