import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { BulkChoice, RowChoice } from '../imports.service';

const FIELD_NAMES = [
  'name',
  'acronym',
  'kind',
  'country',
  'scope',
  'website',
  'description',
  'themes',
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'organization',
  'jobTitle',
  'languages',
  'gender',
  'notes',
  'participationRole',
  'participationStatus',
];

@InputType()
export class ImportColumnInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  column: number;

  @Field(() => String, { nullable: true, description: 'Null leaves the column out.' })
  @IsOptional()
  @IsIn(FIELD_NAMES, { message: 'is not a field an import can fill' })
  field: string | null;
}

@InputType()
export class SetImportMappingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not an import id' })
  importId: string;

  @Field(() => [ImportColumnInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ImportColumnInput)
  mapping: ImportColumnInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Organisations: the kind of those whose row gives none.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  defaultKind?: string | null;

  @Field(() => ID, { nullable: true, description: 'Participant lists: the Dialogue.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a Dialogue id' })
  dialogueId?: string | null;
}

@InputType()
export class ImportRowChoiceInput {
  @Field(() => Int)
  @IsInt()
  @Min(2)
  rowNumber: number;

  @Field(() => RowChoice)
  @IsEnum(RowChoice)
  choice: RowChoice;

  @Field(() => ID, { nullable: true, description: 'For MERGE: the existing record.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a record id' })
  targetId?: string | null;
}

@InputType()
export class SetImportChoicesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not an import id' })
  importId: string;

  @Field(() => [ImportRowChoiceInput])
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ImportRowChoiceInput)
  choices: ImportRowChoiceInput[];
}

@InputType()
export class CommitImportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not an import id' })
  importId: string;

  @Field(() => Boolean, { nullable: true, description: 'Needed when the same file was imported before.' })
  @IsOptional()
  @IsBoolean()
  confirmSameFile?: boolean;
}

@InputType()
export class ImportRowFilter {
  @Field(() => [String], { nullable: true, description: 'ERROR, DUPLICATE, NEW.' })
  @IsOptional()
  @IsArray()
  @IsIn(['ERROR', 'DUPLICATE', 'NEW'], { each: true })
  statuses?: string[];

  @Field(() => [RowChoice], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(RowChoice, { each: true })
  choices?: RowChoice[];

  @Field(() => Boolean, { nullable: true, description: 'Only rows still without a choice.' })
  @IsOptional()
  @IsBoolean()
  undecided?: boolean;

  @Field(() => [String], { nullable: true, description: 'CREATED, MERGED, SKIPPED.' })
  @IsOptional()
  @IsArray()
  @IsIn(['CREATED', 'MERGED', 'SKIPPED'], { each: true })
  results?: string[];
}

@ArgsType()
export class ImportRowsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not an import id' })
  importId: string;

  @Field(() => ImportRowFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImportRowFilter)
  filter?: ImportRowFilter;
}

@ArgsType()
export class ImportBulkArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not an import id' })
  importId: string;

  @Field(() => BulkChoice)
  @IsEnum(BulkChoice)
  bulk: BulkChoice;
}
