import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { DuplicateKindEnum, MergeSourceEnum } from '../duplicates.model';

@InputType()
export class DuplicateFilter {
  @Field(() => DuplicateKindEnum)
  @IsEnum(DuplicateKindEnum)
  kind: DuplicateKindEnum;

  @Field(() => String, { nullable: true, description: 'Pairs where either record is based in this country.' })
  @IsOptional()
  @Length(2, 2)
  @Matches(/^[A-Za-z]{2}$/, { message: 'is not an ISO 3166 alpha-2 country code' })
  countryCode?: string;

  @Field(() => ID, { nullable: true, description: 'Only the possible duplicates of this record.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a record id' })
  recordId?: string;
}

@ArgsType()
export class DuplicatesArgs extends PageArgs {
  @Field(() => DuplicateFilter)
  @ValidateNested()
  @Type(() => DuplicateFilter)
  filter: DuplicateFilter;
}

@InputType()
export class MergeFieldChoice {
  @Field({ description: 'A field name, e.g. name, acronym, website, email.' })
  @IsString()
  @MaxLength(40)
  field: string;

  @Field(() => MergeSourceEnum)
  @IsEnum(MergeSourceEnum)
  from: MergeSourceEnum;
}

@InputType()
export class MergeRecordsInput {
  @Field(() => ID, { description: 'The record to keep.' })
  @IsUUID('all', { message: 'is not a record id' })
  survivorId: string;

  @Field(() => Int, { description: 'The version of the survivor you read.' })
  @IsInt()
  @Min(1)
  survivorVersion: number;

  @Field(() => ID, {
    description: 'The record merged into the survivor (then in the trash, pointing to it).',
  })
  @IsUUID('all', { message: 'is not a record id' })
  mergedId: string;

  @Field(() => Int, { description: 'The version of the merged record you read.' })
  @IsInt()
  @Min(1)
  mergedVersion: number;

  @Field(() => [MergeFieldChoice], {
    nullable: true,
    description:
      "Per field, whose value to keep. Unnamed fields keep the survivor's value, or the merged one's where the survivor's is blank; lists (themes, languages) default to both.",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MergeFieldChoice)
  fields?: MergeFieldChoice[];
}

@InputType()
export class NotDuplicateInput {
  @Field(() => DuplicateKindEnum)
  @IsEnum(DuplicateKindEnum)
  kind: DuplicateKindEnum;

  @Field(() => [ID])
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsUUID('all', { each: true, message: 'is not a record id' })
  recordIds: string[];
}
