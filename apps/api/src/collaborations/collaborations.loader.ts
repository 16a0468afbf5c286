import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byKeys, groupByKeys } from '../graphql/request-loaders';
import { GLOBAL_SOUTH_CODES_SQL } from '../reference/reference.service';
import { CollaborationPartnerEntity } from './collaboration-partner.entity';
import { CollaborationEntity } from './collaboration.entity';

/** Collaborations by id, deleted ones included (a follow-up of one in the trash still names it). */
export const collaborationById = (db: DataSource) =>
  new DataLoader<string, CollaborationEntity | null>(async (ids) => {
    const rows = await db
      .getRepository(CollaborationEntity)
      .find({ where: { id: In([...ids]) }, withDeleted: true });
    return byKeys(
      ids,
      rows,
      (r) => r.id,
      null,
      (r) => r,
    );
  });

const ROLE_ORDER = ['LEAD', 'PARTNER', 'FUNDER'];

/** Partners of each collaboration: lead first, then partners, then funders. */
export const partnersByCollaboration = (db: DataSource) =>
  new DataLoader<string, CollaborationPartnerEntity[]>(async (ids) => {
    const rows = await db
      .getRepository(CollaborationPartnerEntity)
      .find({ where: { collaborationId: In([...ids]) }, order: { organizationId: 'ASC' } });
    rows.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
    return groupByKeys(ids, rows, (r) => r.collaborationId);
  });

/** The ISO codes the active Global South classification counts as developing, once per request. */
export const globalSouthCodes = (db: DataSource) =>
  new DataLoader<'all', ReadonlySet<string>>(async (keys) => {
    const rows: { code: string }[] = await db.query(
      `SELECT code FROM (${GLOBAL_SOUTH_CODES_SQL}) AS s(code)`,
    );
    const codes = new Set(rows.map((r) => r.code));
    return keys.map(() => codes);
  });
