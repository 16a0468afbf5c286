import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { decodeCursor, encodeCursor, toConnection } from '../common/pagination';
import {
  CommitImportInput,
  ImportBulkArgs,
  ImportRowsArgs,
  SetImportChoicesInput,
  SetImportMappingInput,
} from './dto/import.inputs';
import type { ImportEntity, ImportRowEntity } from './import.entity';
import { Import, ImportRow, ImportRowConnection } from './import.model';
import { ImportsService, type RowChoice, type StoredMatch } from './imports.service';

/** Imports of organisations, people and participant lists; the file itself arrives at POST /api/imports. */
@Resolver(() => Import)
export class ImportsResolver {
  constructor(@Inject(ImportsService) private readonly imports: ImportsService) {}

  @Allow(Action.ImportData)
  @Query(() => Import, {
    description: 'One of your imports: where it stands, its columns, counts and progress.',
  })
  async importJob(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.present(me, await this.imports.get(me, id));
  }

  @Allow(Action.ImportData)
  @Query(() => [Import], { description: 'Your imports, newest first.' })
  async importJobs(
    @Me() me: CurrentUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ) {
    const list = await this.imports.list(me, Math.min(Math.max(first, 1), 100));
    return Promise.all(list.map((e) => this.present(me, e)));
  }

  @Allow(Action.ImportData)
  @Query(() => ImportRowConnection, {
    description: 'The dry run (and after the commit, the result) row by row, filtered, in file order.',
  })
  async importRows(@Me() me: CurrentUser, @Args() args: ImportRowsArgs) {
    const after = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    const { rows, totalCount } = await this.imports.rows(
      me,
      args.importId,
      args.filter ?? {},
      args.first + 1,
      after,
    );
    return toConnection(rows.map(toRow), args.first, totalCount, (r) => encodeCursor([r.rowNumber]));
  }

  @Allow(Action.ImportData)
  @Mutation(() => Import, { description: 'Reads another sheet of the workbook (back to the mapping step).' })
  async chooseImportSheet(
    @Me() me: CurrentUser,
    @Args('importId', { type: () => ID }) importId: string,
    @Args('sheet') sheet: string,
  ) {
    return this.present(me, await this.imports.chooseSheet(me, importId, sheet));
  }

  @Allow(Action.ImportData)
  @Mutation(() => Import, {
    description:
      'Confirms which column fills which field (remembered for files of the same shape) and starts the dry run.',
  })
  async setImportMapping(@Me() me: CurrentUser, @Args('input') input: SetImportMappingInput) {
    return this.present(
      me,
      await this.imports.setMapping(me, {
        importId: input.importId,
        mapping: input.mapping.map((m) => ({ column: m.column, field: (m.field ?? null) as never })),
        defaultKind: input.defaultKind,
        dialogueId: input.dialogueId,
      }),
    );
  }

  @Allow(Action.ImportData)
  @Mutation(() => Import, {
    description: 'Chooses, row by row, to create, merge into an existing record, or skip.',
  })
  async setImportChoices(@Me() me: CurrentUser, @Args('input') input: SetImportChoicesInput) {
    return this.present(me, await this.imports.setChoices(me, input.importId, input.choices));
  }

  @Allow(Action.ImportData)
  @Mutation(() => Import, {
    description: 'One choice for many rows: skip errors, merge certain duplicates …',
  })
  async applyImportBulkChoice(@Me() me: CurrentUser, @Args() args: ImportBulkArgs) {
    return this.present(me, await this.imports.bulkChoice(me, args.importId, args.bulk));
  }

  @Allow(Action.ImportData)
  @Mutation(() => Import, {
    description:
      'Writes every decided row in one transaction, in the background: all of them or, on any problem, none.',
  })
  async commitImport(@Me() me: CurrentUser, @Args('input') input: CommitImportInput) {
    return this.present(me, await this.imports.commit(me, input.importId, input.confirmSameFile ?? false));
  }

  @Allow(Action.ImportData)
  @Mutation(() => Import, { description: 'Drops an import that is not committed (its file and rows).' })
  async cancelImport(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.present(me, await this.imports.cancel(me, id));
  }

  private async present(me: CurrentUser, e: ImportEntity): Promise<Import> {
    const samples = await this.imports.samples(e.id);
    const c = e.counts ?? {};
    const n = (key: string) => Number(c[key] ?? 0);
    return {
      id: e.id,
      kind: e.kind,
      status: e.status,
      fileName: e.fileName,
      fileHash: e.fileHash,
      fileSize: e.fileSize,
      format: e.format,
      encoding: e.encoding,
      delimiter: e.delimiter,
      sheetNames: e.sheetNames,
      sheet: e.sheet,
      notes: e.notes,
      columns: e.headers.map((header, column) => ({
        column,
        header,
        field: e.mapping?.find((m) => m.column === column)?.field ?? null,
        samples: samples
          .map((r) => r[column] ?? '')
          .filter(Boolean)
          .slice(0, 3),
      })),
      fields: this.imports.fieldsOf(e.kind),
      mappingSource: e.mappingSource,
      dialogueId: e.options.dialogueId ?? null,
      defaultKind: e.options.defaultKind ?? null,
      progress: { total: e.totalRows, parsed: e.parsedRows, checked: e.checkedRows, written: e.writtenRows },
      counts: {
        rows: n('rows'),
        errors: n('errors'),
        duplicates: n('duplicates'),
        fresh: n('new'),
        create: n('create'),
        merge: n('merge'),
        skip: n('skip'),
        undecided: n('undecided'),
        created: n('created'),
        merged: n('merged'),
        skipped: n('skipped'),
      },
      error: e.error,
      sameFileAs: await this.imports.sameFileAs(me, e),
      createdAt: e.createdAt,
      committedAt: e.committedAt,
    };
  }
}

function toRow(r: ImportRowEntity): ImportRow {
  const values = Object.entries(r.values ?? {})
    .filter(
      ([field, v]) =>
        field !== 'organizationId' && v !== null && v !== undefined && !(Array.isArray(v) && !v.length),
    )
    .map(([field, v]) => ({ field, value: Array.isArray(v) ? v.join(', ') : String(v) }));
  return {
    rowNumber: r.rowNumber,
    cells: r.cells,
    values,
    status: r.status,
    errors: r.errors,
    warnings: r.warnings,
    matches: (r.matches as unknown as StoredMatch[]).map((m) => ({
      source: m.source,
      id: m.id ?? null,
      rowNumber: m.rowNumber ?? null,
      name: m.name,
      detail: m.detail,
      countryCode: m.countryCode,
      score: m.score,
      reasons: m.reasons,
    })),
    choice: r.choice as RowChoice | null,
    targetId: r.targetId,
    resultAction: r.resultAction,
    resultId: r.resultId,
  };
}
