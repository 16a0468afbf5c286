import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';
import { ImportKind } from './import-fields';
import { BulkChoice, ImportStatus, RowChoice } from './imports.service';

registerEnumType(ImportKind, { name: 'ImportKind' });
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description:
    'PARSING → MAPPING (confirm the columns) → CHECKING → CHECKED (dry run: choose per row) → COMMITTING → COMMITTED; or FAILED, INTERRUPTED (the server stopped; nothing was written), CANCELLED.',
});
registerEnumType(RowChoice, { name: 'ImportRowChoice' });
registerEnumType(BulkChoice, { name: 'ImportBulkChoice' });

@ObjectType()
export class ImportColumn {
  @Field(() => Int, { description: 'From 0.' })
  column: number;

  @Field()
  header: string;

  @Field(() => String, { nullable: true, description: 'The field it fills, or null: left out.' })
  field: string | null;

  @Field(() => [String], { description: 'The first few non-empty values, to recognise the column.' })
  samples: string[];
}

@ObjectType()
export class ImportProgress {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  parsed: number;

  @Field(() => Int)
  checked: number;

  @Field(() => Int)
  written: number;
}

@ObjectType()
export class ImportCounts {
  @Field(() => Int) rows: number;
  @Field(() => Int) errors: number;
  @Field(() => Int) duplicates: number;
  @Field(() => Int, { name: 'new' }) fresh: number;
  @Field(() => Int) create: number;
  @Field(() => Int) merge: number;
  @Field(() => Int) skip: number;
  @Field(() => Int) undecided: number;
  @Field(() => Int) created: number;
  @Field(() => Int) merged: number;
  @Field(() => Int) skipped: number;
}

@ObjectType()
export class EarlierImport {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field(() => Date, { nullable: true })
  committedAt: Date | null;
}

@ObjectType()
export class Import {
  @Field(() => ID)
  id: string;

  @Field(() => ImportKind)
  kind: ImportKind;

  @Field(() => ImportStatus)
  status: ImportStatus;

  @Field()
  fileName: string;

  @Field({ description: 'SHA-256 of the file.' })
  fileHash: string;

  @Field(() => Int)
  fileSize: number;

  @Field(() => String, { nullable: true, description: 'CSV or XLSX.' })
  format: string | null;

  @Field(() => String, { nullable: true })
  encoding: string | null;

  @Field(() => String, { nullable: true })
  delimiter: string | null;

  @Field(() => [String])
  sheetNames: string[];

  @Field(() => String, { nullable: true })
  sheet: string | null;

  @Field(() => [String], { description: 'Notes about the whole file (formulas read as values, blank rows).' })
  notes: string[];

  @Field(() => [ImportColumn])
  columns: ImportColumn[];

  @Field(() => [String], { description: 'The fields this kind of import can fill.' })
  fields: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'REMEMBERED: the mapping confirmed for the last file of this shape; SUGGESTED: from headers and values.',
  })
  mappingSource: string | null;

  @Field(() => ID, { nullable: true })
  dialogueId: string | null;

  @Field(() => String, { nullable: true })
  defaultKind: string | null;

  @Field(() => ImportProgress)
  progress: ImportProgress;

  @Field(() => ImportCounts)
  counts: ImportCounts;

  @Field(() => String, { nullable: true, description: 'Why the file or the step failed.' })
  error: string | null;

  @Field(() => EarlierImport, {
    nullable: true,
    description: 'A committed import of exactly the same file: committing again needs confirmSameFile.',
  })
  sameFileAs: EarlierImport | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  committedAt: Date | null;
}

@ObjectType()
export class ImportCellProblem {
  @Field({ description: 'The field, or "row" for the row as a whole.' })
  field: string;

  @Field(() => String, { nullable: true, description: "The column's header in the file." })
  column: string | null;

  @Field()
  message: string;
}

@ObjectType()
export class ImportMatch {
  @Field({ description: 'EXISTING: a record in Convene; FILE: an earlier row of this file.' })
  source: string;

  @Field(() => ID, { nullable: true })
  id: string | null;

  @Field(() => Int, { nullable: true })
  rowNumber: number | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Acronym or email.' })
  detail: string | null;

  @Field(() => String, { nullable: true })
  countryCode: string | null;

  @Field(() => Float)
  score: number;

  @Field(() => [String])
  reasons: string[];
}

@ObjectType()
export class ImportValue {
  @Field()
  field: string;

  @Field()
  value: string;
}

@ObjectType()
export class ImportRow {
  @Field(() => Int, { description: 'Row number in the file; the header is row 1.' })
  rowNumber: number;

  @Field(() => [String])
  cells: string[];

  @Field(() => [ImportValue], {
    description: 'What the row becomes, field by field (empty when it has errors).',
  })
  values: ImportValue[];

  @Field({ description: 'ERROR, DUPLICATE or NEW.' })
  status: string;

  @Field(() => [ImportCellProblem])
  errors: ImportCellProblem[];

  @Field(() => [ImportCellProblem])
  warnings: ImportCellProblem[];

  @Field(() => [ImportMatch])
  matches: ImportMatch[];

  @Field(() => RowChoice, { nullable: true })
  choice: RowChoice | null;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true, description: 'After the commit: CREATED, MERGED or SKIPPED.' })
  resultAction: string | null;

  @Field(() => ID, { nullable: true, description: 'The record created or merged into.' })
  resultId: string | null;
}

export const ImportRowConnection = ConnectionType(ImportRow, 'ImportRow');
