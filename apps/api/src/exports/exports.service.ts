import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { CollaborationsService } from '../collaborations/collaborations.service';
import { ForbiddenError, InvalidInputError, type FieldError } from '../common/domain-error';
import { paginate, withoutTotalCount, type Connection } from '../common/pagination';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.tokens';
import { ParticipationsService } from '../dialogues/participations.service';
import { EngagementsService } from '../engagements/engagements.service';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { PeopleService } from '../people/people.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { ExportLogEntity, ExportStatus } from './export-log.entity';
import {
  EXPORT_LISTS,
  LIST_EXPORTERS,
  type ExportCell,
  type ExportColumn,
  type ExportList,
  type ExportReference,
  type ListExporter,
  type ListServices,
} from './export-lists';
import {
  CONTENT_TYPES,
  csvWriter,
  EXPORT_FORMATS,
  xlsxWriter,
  type ExportFormat,
  type ExportWriter,
} from './export-writers';

/** Rows read from the database per query: the whole list is never held in memory. */
export const EXPORT_BATCH_SIZE = 1000;
/** The most rows one export holds (an Excel sheet holds 1,048,576). */
export const EXPORT_MAX_ROWS = 1_000_000;

const REQUEST_KEYS = ['list', 'format', 'columns', 'filter', 'sort', 'order', 'dialogueId'] as const;

/** A validated export, ready to stream: the first batch is already read, so every refusal comes before a byte. */
export interface PreparedExport {
  list: ExportList;
  format: ExportFormat;
  filename: string;
  contentType: string;
  totalCount: number;
  /** Rows left out because the person did not consent to the list's purpose (participant lists). */
  leftOut: number;
  columns: ExportColumn[];
  /** Writes the file to `out` and records the export once every row has been written. */
  stream(out: Writable, aborted: () => boolean): Promise<number>;
}

@Injectable()
export class ExportsService {
  private readonly services: ListServices;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OrganizationsService) organizations: OrganizationsService,
    @Inject(PeopleService) people: PeopleService,
    @Inject(EngagementsService) engagements: EngagementsService,
    @Inject(FollowUpsService) followUps: FollowUpsService,
    @Inject(CollaborationsService) collaborations: CollaborationsService,
    @Inject(RecommendationsService) recommendations: RecommendationsService,
    @Inject(ParticipationsService) participations: ParticipationsService,
  ) {
    this.services = {
      db,
      organizations,
      people,
      engagements,
      followUps,
      collaborations,
      recommendations,
      participations,
    };
  }

  /**
   * Checks the request (list, format, columns, and the list's own arguments with the list's own validation),
   * the viewer's permissions, and reads the first batch through the list's service: a bad filter, a filter the
   * viewer may not use or an unknown Dialogue is refused here, before anything is sent or recorded.
   */
  async prepare(viewer: CurrentUser, body: unknown): Promise<PreparedExport> {
    if (!can(viewer, Action.ExportLists))
      throw new ForbiddenError('Your role does not allow exporting lists.');
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw InvalidInputError.field('body', 'must be a JSON object: { list, format, filter, sort }');
    const request = body as Record<string, unknown>;
    const unknownKeys = Object.keys(request).filter((k) => !(REQUEST_KEYS as readonly string[]).includes(k));
    const errors: FieldError[] = unknownKeys.map((k) => ({ field: k, message: 'is not an export option' }));
    const list = request.list;
    const format = request.format;
    if (typeof list !== 'string' || !(EXPORT_LISTS as readonly string[]).includes(list))
      errors.push({ field: 'list', message: `must be one of ${EXPORT_LISTS.join(', ')}` });
    if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format))
      errors.push({ field: 'format', message: `must be one of ${EXPORT_FORMATS.join(', ')}` });
    if (errors.length) throw new InvalidInputError(errors);

    const exporter = LIST_EXPORTERS[list as ExportList];
    if (!can(viewer, exporter.action)) throw new ForbiddenError();

    const columns = this.chooseColumns(exporter.columns(viewer), request.columns);
    const args = await this.validateArgs(exporter, request);
    const recorded = Object.fromEntries(
      exporter.argNames.flatMap((name) => (request[name] === undefined ? [] : [[name, request[name]]])),
    );

    const first = await exporter.page(this.services, viewer, { ...args, first: EXPORT_BATCH_SIZE });
    if (first.totalCount > EXPORT_MAX_ROWS)
      throw InvalidInputError.field(
        'filter',
        `this list has ${first.totalCount} rows; an export holds at most ${EXPORT_MAX_ROWS}. Narrow the filters.`,
      );
    const leftOut = exporter.consent
      ? (await exporter.consent.countWithoutConsent(this.services, viewer, args)) - first.totalCount
      : 0;
    const ext = format as ExportFormat;
    return {
      list: exporter.list,
      format: ext,
      filename: `${exporter.list}-${new Date().toISOString().slice(0, 10)}.${ext}`,
      contentType: CONTENT_TYPES[ext],
      totalCount: first.totalCount,
      leftOut,
      columns,
      stream: (out, aborted) =>
        this.stream(viewer, exporter, args, first, columns, ext, recorded, out, aborted, leftOut),
    };
  }

  private async stream(
    viewer: CurrentUser,
    exporter: ListExporter<{ id: string }>,
    args: object,
    first: Connection<{ id: string }>,
    columns: ExportColumn[],
    format: ExportFormat,
    recorded: Record<string, unknown>,
    out: Writable,
    aborted: () => boolean,
    leftOut = 0,
  ): Promise<number> {
    const ref = await this.reference(viewer);
    const header = columns.map((c) => c.header);
    // On record before the first byte leaves: an export abandoned half-way is still on record as INCOMPLETE.
    const [{ id }] = await this.db.query<{ id: string }[]>(
      `INSERT INTO export_log (user_id, list, format, arguments, columns, row_count, status)
       VALUES ($1, $2, $3, $4, $5, 0, $6) RETURNING id`,
      [
        viewer.id,
        exporter.list,
        format,
        JSON.stringify(recorded),
        columns.map((c) => c.key),
        ExportStatus.STARTED,
      ],
    );
    const finish = (status: ExportStatus, rows: number) =>
      this.db.query(`UPDATE export_log SET status = $2, row_count = $3, finished_at = now() WHERE id = $1`, [
        id,
        status,
        rows,
      ]);
    let count = 0;
    try {
      const writer: ExportWriter =
        format === 'csv' ? csvWriter(out, header) : xlsxWriter(out, sheetName(exporter.list), header);
      let page = first;
      for (;;) {
        if (aborted()) throw new Error('The client went away during the export');
        const nodes = page.edges.map((e) => e.node);
        const values = await exporter.values(this.services, viewer, nodes, ref);
        await writer.rows(values.map((v) => columns.map((c): ExportCell => v[c.key] ?? null)));
        count += nodes.length;
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
        const after = page.pageInfo.endCursor;
        // The first page counted the list; later pages need only their rows.
        page = await withoutTotalCount(() =>
          exporter.page(this.services, viewer, { ...args, first: EXPORT_BATCH_SIZE, after }),
        );
      }
      if (aborted()) throw new Error('The client went away during the export');
      // Said where a reader of the file sees it: below the table, after an empty row (so Excel's sorting and
      // filtering of the table leave it alone).
      if (leftOut > 0 && exporter.consent) {
        const blank = columns.map((): ExportCell => null);
        await writer.rows([blank, [exporter.consent.note(leftOut), ...blank.slice(1)]]);
      }
      await writer.end();
    } catch (error) {
      await finish(ExportStatus.INCOMPLETE, count);
      throw error;
    }
    await finish(ExportStatus.COMPLETE, count);
    return count;
  }

  private chooseColumns(all: ExportColumn[], requested: unknown): ExportColumn[] {
    if (requested === undefined || requested === null) return all;
    if (!Array.isArray(requested) || requested.length === 0 || requested.length > all.length)
      throw InvalidInputError.field(
        'columns',
        `must be a non-empty list of at most ${all.length} column keys`,
      );
    const byKey = new Map(all.map((c) => [c.key, c]));
    const unknown = requested.filter((k) => typeof k !== 'string' || !byKey.has(k));
    if (unknown.length)
      throw InvalidInputError.field(
        'columns',
        `unknown column ${unknown.map((k) => JSON.stringify(k)).join(', ')}; this list has ${all.map((c) => c.key).join(', ')}`,
      );
    return [...new Set(requested as string[])].flatMap((k) => byKey.get(k) ?? []);
  }

  /** The list's own args class, validated the way the global pipe validates the list query's arguments. */
  private async validateArgs(exporter: ListExporter<{ id: string }>, request: Record<string, unknown>) {
    const plain: Record<string, unknown> = { first: 1 };
    const misplaced: FieldError[] = [];
    for (const name of ['filter', 'sort', 'order', 'dialogueId']) {
      if (request[name] === undefined) continue;
      if (!exporter.argNames.includes(name))
        misplaced.push({
          field: name,
          message: `is not an option of the ${exporter.list} list (it takes ${exporter.argNames.join(', ')})`,
        });
      else plain[name] = request[name];
    }
    if (misplaced.length) throw new InvalidInputError(misplaced);
    for (const name of ['filter', 'sort']) {
      const value = plain[name];
      if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value)))
        throw InvalidInputError.field(name, 'must be an object');
    }
    const args = plainToInstance(exporter.argsClass, plain);
    const errors = await validate(args, {
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
    });
    if (errors.length) throw new InvalidInputError(flatten(errors));
    const { first: _first, ...rest } = args as { first: number };
    return rest;
  }

  private async reference(viewer: CurrentUser): Promise<ExportReference> {
    const [countries, themes, processes, dialogues] = await Promise.all([
      this.db.query<{ iso2: string; name: string }[]>(
        `SELECT iso2, coalesce(names ->> $1, names ->> 'en') AS name FROM countries`,
        [viewer.locale],
      ),
      this.db.query<{ key: string; name: string }[]>(
        `SELECT key, coalesce(names ->> $1, names ->> 'en', key) AS name FROM themes`,
        [viewer.locale],
      ),
      this.db.query<{ key: string; name: string }[]>('SELECT key, name FROM policy_processes'),
      this.db.query<{ id: string; title: string }[]>('SELECT id, title FROM dialogues'),
    ]);
    return {
      countries: new Map(countries.map((c) => [c.iso2, c.name])),
      themes: new Map(themes.map((t) => [t.key, t.name])),
      policyProcesses: new Map(processes.map((p) => [p.key, p.name])),
      dialogues: new Map(dialogues.map((d) => [d.id, d.title])),
      publicUrl: this.config.publicUrl,
    };
  }

  /** The export log, newest first, for administrators. */
  async log(first: number, after?: string, list?: string): Promise<Connection<ExportLogEntity>> {
    const query = this.db.getRepository(ExportLogEntity).createQueryBuilder('x');
    if (list) query.where('x.list = :list', { list });
    return paginate(query, {
      column: 'x.createdAt',
      direction: 'DESC',
      first,
      after,
      valueOf: (x) => x.createdAt.toISOString(),
    });
  }
}

function sheetName(list: ExportList): string {
  return list.charAt(0).toUpperCase() + list.slice(1);
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
