import { isCleared, PERSON_CONTACT_FIELDS, redactFor, RiskLevel } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { toDirection } from '../common/common.inputs';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-error';
import { paginate, type Connection } from '../common/pagination';
import { applyDirectoryFilter } from '../common/directory-query';
import { visibleClause, visibleParams } from '../common/visibility';
import { consentStateSql } from '../consents/consent-sql';
import { RecordWriter } from '../common/record-writer';
import { ReferenceService } from '../reference/reference.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { AffiliationEntity } from './affiliation.entity';
import {
  PersonSortField,
  type AddAffiliationInput,
  type CreatePersonInput,
  type PeopleArgs,
  type UpdatePersonInput,
} from './dto/person.inputs';
import { PersonEntity } from './person.entity';
import { PERSON_PROTECTED_FIELDS, type Person } from './person.model';

const SORT_COLUMNS: Record<PersonSortField, { column: string; value: (p: PersonEntity) => string }> = {
  [PersonSortField.NAME]: { column: 'p.fullName', value: (p) => p.fullName },
  [PersonSortField.CREATED_AT]: { column: 'p.createdAt', value: (p) => p.createdAt.toISOString() },
  [PersonSortField.UPDATED_AT]: { column: 'p.updatedAt', value: (p) => p.updatedAt.toISOString() },
};

@Injectable()
export class PeopleService {
  private readonly writer = new RecordWriter(PersonEntity, 'person', 'person');
  private readonly affiliationWriter = new RecordWriter(AffiliationEntity, 'affiliation', 'affiliation');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  /** Every path that returns a person goes through here: protected fields withheld unless cleared. */
  present(entity: PersonEntity, viewer: CurrentUser): Person {
    const visible = redactFor(entity, PERSON_PROTECTED_FIELDS, viewer);
    // Need-to-know: a protected person's contact details stay masked, even for those who may see the record,
    // until revealed with a reason (this session, for REVEAL_MINUTES; see ProtectionService.reveal).
    const until = viewer.revealedUntil?.[entity.id];
    const masked =
      !visible.withheld.length && entity.riskLevel !== RiskLevel.STANDARD && !until
        ? [...PERSON_CONTACT_FIELDS]
        : [];
    for (const field of masked) visible[field] = null;
    return {
      ...visible,
      withheld: visible.withheld,
      masked,
      revealedUntil: until && !visible.withheld.length ? new Date(until) : null,
      riskLevel: can(viewer, Action.ManageProtection) ? entity.riskLevel : null,
    };
  }

  /** The directory of people; protected people the viewer is not cleared for are left out of lists and search. */
  async list(viewer: CurrentUser, args: PeopleArgs): Promise<Connection<Person>> {
    const filter = args.filter ?? {};
    const query = this.db.getRepository(PersonEntity).createQueryBuilder('p');
    await applyDirectoryFilter(this.db, query, viewer, filter, {
      textColumns: ['full_name', 'email'],
      participants: { table: 'engagement_people', condition: 'ep.person_id = p.id' },
    });
    // Erased people are tombstones: they keep their links and counts, not a place in the directory.
    query.andWhere('p.erased_at IS NULL');
    if (filter.organizationId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = p.id AND a.organization_id = :org AND a.deleted_at IS NULL)',
        { org: filter.organizationId },
      );
    }
    if (filter.consent) {
      query.andWhere(consentStateSql('p.id', ':consentPurpose', filter.consent.state), {
        consentPurpose: filter.consent.purpose,
      });
    }
    const sort = SORT_COLUMNS[args.sort?.field ?? PersonSortField.NAME];
    const page = await paginate(query, {
      column: sort.column,
      direction: toDirection(args.sort?.order, 'ASC'),
      first: args.first,
      after: args.after,
      valueOf: sort.value,
    });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.present(e.node, viewer) })),
    };
  }

  async get(viewer: CurrentUser, id: string): Promise<Person> {
    const entity = await this.db.getRepository(PersonEntity).findOne({ where: { id }, withDeleted: true });
    if (!entity) throw new NotFoundError('The person');
    return this.present(entity, viewer);
  }

  async create(actor: CurrentUser, input: CreatePersonInput): Promise<Person> {
    assertAgeBand(input.ageBand, input.ageBandDeclaredOn);
    this.reference.assertCountry(input.countryCode);
    await this.reference.assertThemes(input.themes);
    const entity = await this.db.transaction((m) =>
      this.writer.create(m, actor, {
        ...input,
        themes: input.themes ?? [],
        languages: input.languages ?? [],
      }),
    );
    return this.present(entity, actor);
  }

  async update(actor: CurrentUser, input: UpdatePersonInput): Promise<Person> {
    const { id, version, ...changes } = input;
    this.reference.assertCountry(changes.countryCode);
    await this.reference.assertThemes(changes.themes);
    return this.db.transaction(async (m) => {
      await this.assertMayEdit(m, actor, id);
      const clean = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      ) as Partial<PersonEntity>;
      if (clean.fullName === null)
        throw InvalidInputError.field('fullName', 'cannot be removed; give a name');
      return this.present(await this.writer.update(m, actor, id, version, clean), actor);
    });
  }

  async remove(actor: CurrentUser, id: string, version: number): Promise<Person> {
    return this.db.transaction(async (m) => {
      await this.assertMayEdit(m, actor, id);
      return this.present(await this.writer.softDelete(m, actor, id, version), actor);
    });
  }

  async restore(actor: CurrentUser, id: string): Promise<Person> {
    return this.db.transaction(async (m) => {
      await this.assertMayEdit(m, actor, id);
      const merged = await m
        .getRepository(PersonEntity)
        .findOne({ where: { id }, withDeleted: true, select: { id: true, mergedIntoId: true } });
      if (merged?.mergedIntoId)
        throw InvalidInputError.field(
          'id',
          'This person was merged into another one: undo the merge (on its history or on the Duplicates page) instead of restoring it.',
        );
      return this.present(await this.writer.restore(m, actor, id), actor);
    });
  }

  async setRiskLevel(actor: CurrentUser, id: string, version: number, riskLevel: RiskLevel): Promise<Person> {
    // Only someone cleared for the record may change its level: lowering it would otherwise reveal it.
    return this.db.transaction(async (m) => {
      await this.assertMayEdit(m, actor, id);
      return this.present(await this.writer.update(m, actor, id, version, { riskLevel }), actor);
    });
  }

  async addAffiliation(actor: CurrentUser, input: AddAffiliationInput): Promise<AffiliationEntity> {
    if (input.startDate && input.endDate && input.endDate < input.startDate) {
      throw InvalidInputError.field('endDate', 'must be on or after the start date');
    }
    return this.db.transaction(async (m) => {
      await this.assertMayEdit(m, actor, input.personId, 'personId');
      // A person in the trash is not in the register: restore them first (as for participations).
      if (!(await m.getRepository(PersonEntity).exists({ where: { id: input.personId } }))) {
        throw InvalidInputError.field('personId', 'is not a person in the register');
      }
      if (!(await m.getRepository(OrganizationEntity).exists({ where: { id: input.organizationId } }))) {
        throw InvalidInputError.field('organizationId', 'is not an organisation in the register');
      }
      if (input.isPrimary) {
        const others = await m
          .getRepository(AffiliationEntity)
          .find({ where: { personId: input.personId, isPrimary: true } });
        for (const other of others)
          await this.affiliationWriter.update(m, actor, other.id, other.version, { isPrimary: false });
      }
      return this.affiliationWriter.create(m, actor, { ...input, isPrimary: input.isPrimary ?? false });
    });
  }

  async endAffiliation(actor: CurrentUser, id: string, version: number, endDate: string) {
    return this.db.transaction(async (m) => {
      const current = await m.getRepository(AffiliationEntity).findOneBy({ id });
      if (!current) throw new NotFoundError('The affiliation');
      if (current.startDate && endDate < current.startDate)
        throw InvalidInputError.field('endDate', 'must be on or after the start date');
      await this.assertMayEdit(m, actor, current.personId);
      return this.affiliationWriter.update(m, actor, id, version, { endDate });
    });
  }

  async removeAffiliation(actor: CurrentUser, id: string, version: number) {
    return this.db.transaction(async (m) => {
      const current = await m.getRepository(AffiliationEntity).findOneBy({ id });
      if (!current) throw new NotFoundError('The affiliation');
      await this.assertMayEdit(m, actor, current.personId);
      return this.affiliationWriter.softDelete(m, actor, id, version);
    });
  }

  async getAffiliation(id: string): Promise<AffiliationEntity> {
    const entity = await this.db
      .getRepository(AffiliationEntity)
      .findOne({ where: { id }, withDeleted: true });
    if (!entity) throw new NotFoundError('The affiliation');
    return entity;
  }

  /**
   * Back from the trash. The person must be one the actor is cleared for; a restored primary affiliation stays
   * primary only if the person has no other live primary one meanwhile (else it comes back as not primary).
   */
  async restoreAffiliation(actor: CurrentUser, id: string): Promise<AffiliationEntity> {
    return this.db.transaction(async (m) => {
      const current = await m.getRepository(AffiliationEntity).findOne({ where: { id }, withDeleted: true });
      if (!current) throw new NotFoundError('The affiliation');
      await this.assertMayEdit(m, actor, current.personId);
      const restored = await this.affiliationWriter.restore(m, actor, id);
      if (!restored.isPrimary) return restored;
      const otherPrimary = await m.getRepository(AffiliationEntity).exists({
        where: { personId: restored.personId, isPrimary: true, id: Not(restored.id) },
      });
      return otherPrimary
        ? this.affiliationWriter.update(m, actor, id, restored.version, { isPrimary: false })
        : restored;
    });
  }

  /**
   * The most recently deleted affiliations, only of people and organisations the viewer is cleared for: the
   * trash never shows that a protected person was linked to an organisation.
   */
  async affiliationsInTrash(viewer: CurrentUser, first: number): Promise<AffiliationEntity[]> {
    return this.db
      .getRepository(AffiliationEntity)
      .createQueryBuilder('a')
      .withDeleted()
      .innerJoin(PersonEntity, 'p', 'p.id = a.person_id')
      .innerJoin(OrganizationEntity, 'o', 'o.id = a.organization_id')
      .where('a.deleted_at IS NOT NULL')
      .andWhere(`${visibleClause('p')} AND ${visibleClause('o')}`, visibleParams(viewer))
      .orderBy('a.deleted_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first)
      .getMany();
  }

  private async assertMayEdit(
    manager: EntityManager,
    actor: CurrentUser,
    id: string,
    field?: string,
  ): Promise<void> {
    const row = await manager
      .getRepository(PersonEntity)
      .findOne({ where: { id }, withDeleted: true, select: { id: true, riskLevel: true, erasedAt: true } });
    if (!row)
      throw field
        ? InvalidInputError.field(field, 'is not a person in the register')
        : new NotFoundError('The person');
    if (!isCleared(actor.clearance, row.riskLevel))
      throw new ForbiddenError('This person is protected; ask a cleared colleague.');
    if (row.erasedAt)
      throw InvalidInputError.field(
        field ?? 'id',
        'this person was erased: their personal data is gone for good, and the record cannot be edited or restored',
      );
  }
}

function assertAgeBand(band: unknown, declaredOn: string | null | undefined): void {
  if (declaredOn && !band)
    throw InvalidInputError.field('ageBand', 'is needed when a declaration date is given');
}
