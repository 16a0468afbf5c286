import {
  ConsentAction,
  consentEventProblem,
  ConsentMethod,
  type ConsentPurpose,
  currentConsent,
  isCleared,
} from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import {
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type FieldError,
} from '../common/domain-error';
import { RecordWriter } from '../common/record-writer';
import type { FieldChanges } from '../history/history-entry.entity';
import { PeopleService } from '../people/people.service';
import { PersonEntity } from '../people/person.entity';
import type { Person } from '../people/person.model';
import { ConsentEventEntity } from './consent-event.entity';
import { consentHistoryField } from './consent-history';
import type { ConsentEvent, PersonConsent } from './consent.model';
import type { RecordConsentInput, WithdrawConsentInput } from './dto/consent.inputs';

/** Rows as read with the recorder's name. */
export type ConsentEventRow = ConsentEventEntity & { recordedByName: string | null };

/**
 * Consent per person and purpose. Each change is an event appended to `consent_events` and an entry in the
 * person's history, in one transaction, naming the person's version (a stale one is a CONFLICT). Consent is
 * as protected as its person: only those cleared for the person read or change it.
 */
@Injectable()
export class ConsentsService {
  private readonly people = new RecordWriter(PersonEntity, 'person', 'person');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PeopleService) private readonly peopleService: PeopleService,
  ) {}

  /** The current state of the seven purposes, from a person's events. */
  static current(events: ConsentEventRow[]): PersonConsent[] {
    const facts = events.map((e) => ({ ...e, seq: Number(e.id) }));
    return [...currentConsent(facts).entries()].map(([purpose, { state, latest, lastGiven }]) => ({
      purpose,
      state,
      givenOn: lastGiven?.date ?? null,
      wordingVersion: lastGiven?.wordingVersion ?? null,
      method: lastGiven?.method ?? null,
      takenBy: lastGiven?.takenBy ?? null,
      recordedByName: latest?.recordedByName ?? null,
      recordedAt: latest?.recordedAt ?? null,
      withdrawnOn: latest?.action === ConsentAction.WITHDRAWN ? latest.date : null,
    }));
  }

  /** Events of these people, oldest first, with who recorded them (one query for a batch). */
  async eventsOf(personIds: readonly string[]): Promise<ConsentEventRow[]> {
    if (!personIds.length) return [];
    const rows = await this.db
      .getRepository(ConsentEventEntity)
      .createQueryBuilder('c')
      .leftJoin('users', 'u', 'u.id = c.recorded_by_id')
      .addSelect('u.display_name', 'recorded_by_name')
      .where('c.person_id IN (:...ids)', { ids: [...new Set(personIds)] })
      .orderBy('c.id', 'ASC')
      .getRawAndEntities<{ c_id: string; recorded_by_name: string | null }>();
    const names = new Map(rows.raw.map((r) => [String(r.c_id), r.recorded_by_name]));
    return rows.entities.map((e) => ({
      ...e,
      id: String(e.id),
      recordedByName: names.get(String(e.id)) ?? null,
    }));
  }

  /** Every event of a person's record, newest first; refused unless the viewer is cleared for the person. */
  async history(viewer: CurrentUser, personId: string, purpose?: ConsentPurpose): Promise<ConsentEvent[]> {
    const person = await this.db
      .getRepository(PersonEntity)
      .findOne({ where: { id: personId }, withDeleted: true, select: { id: true, riskLevel: true } });
    if (!person) throw new NotFoundError('The person');
    if (!isCleared(viewer.clearance, person.riskLevel))
      throw new ForbiddenError('This person is protected; ask a cleared colleague.');
    const events = await this.eventsOf([personId]);
    return events.filter((e) => !purpose || e.purpose === purpose).reverse();
  }

  record(actor: CurrentUser, input: RecordConsentInput): Promise<Person> {
    return this.change(actor, ConsentAction.GIVEN, input, input.wordingVersion);
  }

  withdraw(actor: CurrentUser, input: WithdrawConsentInput): Promise<Person> {
    return this.change(actor, ConsentAction.WITHDRAWN, input, null);
  }

  private async change(
    actor: CurrentUser,
    action: ConsentAction,
    input: WithdrawConsentInput,
    wordingVersion: string | null,
  ): Promise<Person> {
    const purposes = [...new Set(input.purposes)];
    if (input.method === ConsentMethod.VERBAL && !input.takenBy)
      throw InvalidInputError.field('takenBy', 'is required for verbal consent: who heard the person say so');
    const entity = await this.db.transaction(async (m) => {
      await this.assertCleared(m, actor, input.personId);
      const latest = await this.latestEvents(m, input.personId);
      const problems: FieldError[] = [];
      const today = latestDateOnEarth();
      for (const purpose of purposes) {
        const problem = consentEventProblem(action, input.date, today, latest.get(purpose) ?? null);
        if (problem)
          problems.push({
            field: problem.field,
            message: problem.field === 'purposes' ? `${purpose}: ${problem.message}` : problem.message,
          });
      }
      if (problems.length) throw new InvalidInputError(dedupe(problems));
      const changes: FieldChanges = {};
      for (const purpose of purposes) {
        const before = latest.get(purpose);
        changes[consentHistoryField(purpose)] = {
          before: before ? describe(before) : 'NOT_ASKED',
          after: describe({ action, date: input.date, wordingVersion, method: input.method }),
        };
      }
      // The person's version and history entry first: a stale version is refused before anything is written.
      const person = await this.people.update(
        m,
        actor,
        input.personId,
        input.version,
        {},
        { extraChanges: changes },
      );
      await m.getRepository(ConsentEventEntity).insert(
        purposes.map((purpose) => ({
          personId: input.personId,
          purpose,
          action,
          date: input.date,
          wordingVersion,
          method: input.method,
          takenBy: input.takenBy ?? null,
          note: input.note ?? null,
          recordedById: actor.id,
        })),
      );
      return person;
    });
    return this.peopleService.present(entity, actor);
  }

  private async assertCleared(m: EntityManager, actor: CurrentUser, personId: string): Promise<void> {
    const row = await m.getRepository(PersonEntity).findOne({
      where: { id: personId },
      withDeleted: true,
      select: { id: true, riskLevel: true, deletedAt: true },
    });
    if (!row) throw InvalidInputError.field('personId', 'is not a person in the register');
    if (!isCleared(actor.clearance, row.riskLevel))
      throw new ForbiddenError('This person is protected; ask a cleared colleague.');
    // Checked before the consent rules, so the answer is the same whatever the person's consent record holds.
    if (row.deletedAt)
      throw new DomainError(
        'NOT_FOUND',
        'The person is in the trash; restore them before recording consent.',
      );
  }

  /** The latest event of each purpose of a person. */
  private async latestEvents(
    m: EntityManager,
    personId: string,
  ): Promise<Map<ConsentPurpose, Pick<ConsentEventEntity, 'action' | 'date' | 'wordingVersion' | 'method'>>> {
    const rows = await m.query<Pick<ConsentEventEntity, 'purpose' | 'action' | 'date' | 'method'>[]>(
      `SELECT DISTINCT ON (purpose) purpose, action, to_char(date, 'YYYY-MM-DD') AS date, wording_version AS "wordingVersion", method
         FROM consent_events WHERE person_id = $1 ORDER BY purpose, id DESC`,
      [personId],
    );
    return new Map(rows.map((r) => [r.purpose, r as ConsentEventEntity]));
  }
}

/** How a change reads in the person's history: "GIVEN 2026-11-20 (wording 2026-v2, WRITTEN_FORM)". */
function describe(e: Pick<ConsentEventEntity, 'action' | 'date' | 'wordingVersion' | 'method'>): string {
  const wording = e.wordingVersion ? `wording ${e.wordingVersion}, ` : '';
  return `${e.action} ${e.date} (${wording}${e.method})`;
}

/**
 * Today's date where it is latest on Earth (UTC+14): someone recording consent given today, wherever they are,
 * is never told it is in the future; tomorrow everywhere is.
 */
function latestDateOnEarth(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

function dedupe(problems: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
