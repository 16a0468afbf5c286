import { getCountry } from '@convene/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { InvalidInputError } from '../common/domain-error';
import { GLOBAL_SOUTH_SETTING } from './reference-sync';
import type { Country, GlobalSouthClassification, PolicyProcess, Region, Theme } from './reference.model';
import { CountryEntity, PolicyProcessEntity, ThemeEntity } from './reference.entities';

/** SQL: ISO codes of the countries the active classification counts as Global South. */
export const GLOBAL_SOUTH_CODES_SQL = `SELECT unnest(g.developing_iso2) FROM global_south_classifications g
  WHERE g.id = (SELECT s.value #>> '{}' FROM settings s WHERE s.key = '${GLOBAL_SOUTH_SETTING}')`;

/** SQL: ISO codes of the countries in any of the M49 regions :regionCodes (at any level). */
export const REGION_CODES_SQL = `SELECT c.iso2 FROM countries c WHERE c.region_code = ANY(:regionCodes)
  OR c.sub_region_code = ANY(:regionCodes) OR c.intermediate_region_code = ANY(:regionCodes)`;

@Injectable()
export class ReferenceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async countries(
    viewer: CurrentUser,
    filter: { unStatus?: string; regionCode?: string; globalSouth?: boolean },
  ): Promise<Country[]> {
    const query = this.db.getRepository(CountryEntity).createQueryBuilder('c');
    if (filter.unStatus) query.andWhere('c.un_status = :status', { status: filter.unStatus });
    if (filter.regionCode) {
      query.andWhere(`c.iso2 IN (${REGION_CODES_SQL})`, { regionCodes: [filter.regionCode] });
    }
    const southern = new Set(await this.globalSouthCodes());
    const rows = await query
      .orderBy('c.names ->> :lang', 'ASC')
      .setParameter('lang', viewer.locale)
      .getMany();
    return rows
      .map((c) => ({
        ...c,
        names: c.names as unknown as Country['names'],
        name: c.names[viewer.locale] ?? c.names.en,
        isGlobalSouth: c.regionCode ? southern.has(c.iso2) : null,
      }))
      .filter((c) => filter.globalSouth === undefined || c.isGlobalSouth === filter.globalSouth);
  }

  async regions(): Promise<Region[]> {
    return this.db.query(
      `SELECT code, name, level, parent_code AS "parentCode" FROM m49_regions ORDER BY code`,
    );
  }

  async themes(viewer: CurrentUser): Promise<Theme[]> {
    const rows = await this.db
      .getRepository(ThemeEntity)
      .find({ order: { overarching: 'DESC', key: 'ASC' } });
    return rows.map((t) => ({ ...t, name: t.names[viewer.locale] ?? t.names.en }));
  }

  policyProcesses(): Promise<PolicyProcess[]> {
    return this.db.getRepository(PolicyProcessEntity).find({ order: { key: 'ASC' } });
  }

  async globalSouthCodes(): Promise<string[]> {
    const rows: { code: string }[] = await this.db.query(
      `SELECT code FROM (${GLOBAL_SOUTH_CODES_SQL}) AS s(code)`,
    );
    return rows.map((r) => r.code);
  }

  async classifications(): Promise<GlobalSouthClassification[]> {
    return this.db.query(
      `SELECT g.id, g.name, g.source, g.as_of AS "asOf", g.description,
              g.id = (SELECT value #>> '{}' FROM settings WHERE key = $1) AS active,
              (SELECT count(*)::int FROM countries c WHERE c.un_status = 'MEMBER' AND c.iso2 = ANY(g.developing_iso2)) AS "memberStatesInGlobalSouth"
         FROM global_south_classifications g ORDER BY g.id`,
      [GLOBAL_SOUTH_SETTING],
    );
  }

  async setClassification(actor: CurrentUser, id: string): Promise<GlobalSouthClassification[]> {
    const exists: unknown[] = await this.db.query(
      'SELECT 1 FROM global_south_classifications WHERE id = $1',
      [id],
    );
    if (!exists.length)
      throw InvalidInputError.field('id', 'is not a Global South classification Convene knows');
    await this.db.query(
      'UPDATE settings SET value = $2, updated_at = now(), updated_by_id = $3 WHERE key = $1',
      [GLOBAL_SOUTH_SETTING, JSON.stringify(id), actor.id],
    );
    return this.classifications();
  }

  /** Write-side checks shared by every domain: known country codes and themes. */
  assertCountry(code: string | null | undefined, field = 'countryCode'): void {
    if (code && !getCountry(code))
      throw InvalidInputError.field(field, 'is not a known ISO 3166-1 country code');
  }

  async assertThemes(keys: readonly string[] | null | undefined, field = 'themes'): Promise<void> {
    if (!keys?.length) return;
    const rows: { key: string }[] = await this.db.query('SELECT key FROM themes WHERE key = ANY($1)', [keys]);
    const known = new Set(rows.map((r) => r.key));
    const unknown = keys.filter((k) => !known.has(k));
    if (unknown.length) throw InvalidInputError.field(field, `has unknown themes: ${unknown.join(', ')}`);
  }
}
