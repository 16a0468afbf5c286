import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byKeys } from '../graphql/request-loaders';
import { CountryEntity } from './reference.entities';

export const countryByCode = (db: DataSource) =>
  new DataLoader<string, CountryEntity | null>(async (codes) => {
    const rows = await db.getRepository(CountryEntity).find({ where: { iso2: In([...codes]) } });
    return byKeys(
      codes,
      rows,
      (r) => r.iso2,
      null,
      (r) => r,
    );
  });

/** The ISO codes the active classification counts as Global South, once per request. */
export const globalSouthCodes = (db: DataSource) =>
  new DataLoader<'all', Set<string>>(async (keys) => {
    const rows: { code: string }[] = await db.query(
      `SELECT unnest(g.developing_iso2) AS code FROM global_south_classifications g
        WHERE g.id = (SELECT s.value #>> '{}' FROM settings s WHERE s.key = 'global-south-classification')`,
    );
    const codes = new Set(rows.map((r) => r.code));
    return keys.map(() => codes);
  });
