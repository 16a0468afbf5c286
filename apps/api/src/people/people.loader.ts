import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byKeys, groupByKeys } from '../graphql/request-loaders';
import { AffiliationEntity } from './affiliation.entity';
import { PersonEntity } from './person.entity';

export const personById = (db: DataSource) =>
  new DataLoader<string, PersonEntity | null>(async (ids) => {
    const rows = await db
      .getRepository(PersonEntity)
      .find({ where: { id: In([...ids]) }, withDeleted: true });
    return byKeys(
      ids,
      rows,
      (r) => r.id,
      null,
      (r) => r,
    );
  });

const ORDER = { isPrimary: 'DESC', startDate: { direction: 'DESC', nulls: 'LAST' } } as const;

export const affiliationsByPerson = (db: DataSource) =>
  new DataLoader<string, AffiliationEntity[]>(async (ids) => {
    const rows = await db
      .getRepository(AffiliationEntity)
      .find({ where: { personId: In([...ids]) }, order: ORDER });
    return groupByKeys(ids, rows, (r) => r.personId);
  });

export const affiliationsByOrganization = (db: DataSource) =>
  new DataLoader<string, AffiliationEntity[]>(async (ids) => {
    const rows = await db
      .getRepository(AffiliationEntity)
      .find({ where: { organizationId: In([...ids]) }, order: ORDER });
    return groupByKeys(ids, rows, (r) => r.organizationId);
  });
