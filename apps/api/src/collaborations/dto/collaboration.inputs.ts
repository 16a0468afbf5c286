import { CollaborationStatus, PartnerRole, SouthSouthKind } from '@convene/domain';
import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { RecordVersionInput, SortOrder } from '../../common/common.inputs';
import { PageArgs } from '../../common/pagination';
import { Trim } from '../../common/validation';
import { DateOnly, Name, OptionalText, ThemeKeys, Website } from '../../common/validators';

@InputType()
export class CollaborationPartnerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId: string;

  @Field(() => PartnerRole, { nullable: true, description: 'Default PARTNER; on an edit, the role it had.' })
  @IsOptional()
  @IsEnum(PartnerRole)
  role?: PartnerRole;
}

@InputType()
export class CollaborationOutputInput {
  @Field()
  @Name()
  title: string;

  @Field(() => String, { nullable: true, description: 'A web address starting with https://' })
  @Website()
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @DateOnly()
  date?: string | null;
}

@InputType()
export class CreateCollaborationInput {
  @Field()
  @Name()
  title: string;

  @Field(() => String, { nullable: true })
  @OptionalText(10000)
  description?: string | null;

  @Field(() => CollaborationStatus, { nullable: true, description: 'Default IDEA.' })
  @IsOptional()
  @IsEnum(CollaborationStatus)
  status?: CollaborationStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @DateOnly()
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after startDate.' })
  @DateOnly()
  endDate?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];

  @Field(() => [CollaborationOutputInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CollaborationOutputInput)
  outputs?: CollaborationOutputInput[];

  @Field(() => [CollaborationPartnerInput], { description: 'At least one; each organisation once.' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CollaborationPartnerInput)
  partners: CollaborationPartnerInput[];
}

@InputType({
  description:
    'Only the fields given change; partners and outputs replace the whole list. The status changes with setCollaborationStatus.',
})
export class UpdateCollaborationInput extends PartialType(
  OmitType(CreateCollaborationInput, ['status'] as const),
) {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a record id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class SetCollaborationStatusInput extends RecordVersionInput {
  @Field(() => CollaborationStatus)
  @IsEnum(CollaborationStatus)
  status: CollaborationStatus;
}

@InputType()
export class CollaborationFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Matches the title or description, ignoring case (never partners’ names).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => [CollaborationStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CollaborationStatus, { each: true })
  statuses?: CollaborationStatus[];

  @Field(() => [String], { nullable: true, description: 'With any of these themes.' })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];

  @Field(() => ID, { nullable: true, description: 'This organisation is a partner.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId?: string;

  @Field(() => [SouthSouthKind], { nullable: true, description: 'Derived South–South kind is one of these.' })
  @IsOptional()
  @IsArray()
  @IsEnum(SouthSouthKind, { each: true })
  southSouth?: SouthSouthKind[];

  @Field(() => Int, {
    nullable: true,
    description:
      'In this Dialogue cycle (by start date, else creation date; the number of the Dialogue that opened it).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  cycle?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Active on or after this day (YYYY-MM-DD): not ended before it. With activeTo: active at some time between the two, as the dashboard counts.',
  })
  @DateOnly()
  activeFrom?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Active on or before this day (YYYY-MM-DD): started (undated: created) by then.',
  })
  @DateOnly()
  activeTo?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: in the current cycle (since the last Dialogue); false: before it.',
  })
  @IsOptional()
  @IsBoolean()
  sinceLastDialogue?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'True: only collaborations in the trash.' })
  @IsOptional()
  @IsBoolean()
  trash?: boolean;
}

@ArgsType()
export class CollaborationsArgs extends PageArgs {
  @Field(() => CollaborationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CollaborationFilter)
  filter?: CollaborationFilter;

  @Field(() => SortOrder, { nullable: true, description: 'By creation; default DESC (newest first).' })
  @IsOptional()
  @IsEnum(SortOrder)
  order?: SortOrder;
}
