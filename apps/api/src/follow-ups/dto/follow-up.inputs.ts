import { FollowUpPriority, FollowUpStatus, FollowUpSubjectType } from '@convene/domain';
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
import { DateOnly, Name, OptionalText } from '../../common/validators';

/** A follow-up without its subject: the subject is given by where it is created (e.g. a new engagement). */
@InputType()
export class NewFollowUpInput {
  @Field()
  @Name()
  title: string;

  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  description?: string | null;

  @Field(() => ID, { description: 'The user who owns it; must be an enabled user.' })
  @IsUUID('all', { message: 'is not a user id' })
  ownerId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @DateOnly()
  dueDate: string;

  @Field(() => FollowUpPriority, { nullable: true, description: 'Default NORMAL.' })
  @IsOptional()
  @IsEnum(FollowUpPriority)
  priority?: FollowUpPriority;
}

@InputType()
export class CreateFollowUpInput extends NewFollowUpInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Give exactly one of engagementId, organizationId, collaborationId and recommendationId.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'is not an engagement id' })
  engagementId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a collaboration id' })
  collaborationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a recommendation id' })
  recommendationId?: string;
}

@InputType()
export class UpdateFollowUpInput extends PartialType(OmitType(NewFollowUpInput, ['ownerId'] as const)) {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a record id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => FollowUpStatus, {
    nullable: true,
    description: 'DONE sets completedAt; any other status clears it.',
  })
  @IsOptional()
  @IsEnum(FollowUpStatus)
  status?: FollowUpStatus;
}

@InputType()
export class ReassignFollowUpInput extends RecordVersionInput {
  @Field(() => ID, { description: 'The new owner; must be an enabled user.' })
  @IsUUID('all', { message: 'is not a user id' })
  ownerId: string;
}

@InputType()
export class FollowUpFilter {
  @Field(() => Boolean, { nullable: true, description: 'True: only yours (you own them).' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Owned by any of these users.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be user ids' })
  ownerIds?: string[];

  @Field(() => [FollowUpStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(FollowUpStatus, { each: true })
  statuses?: FollowUpStatus[];

  @Field(() => Boolean, { nullable: true, description: 'True: only overdue ones; false: none of them.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: 'Due strictly before this day (YYYY-MM-DD).' })
  @DateOnly()
  dueBefore?: string;

  @Field(() => String, { nullable: true, description: 'Due strictly after this day (YYYY-MM-DD).' })
  @DateOnly()
  dueAfter?: string;

  @Field(() => Int, { nullable: true, description: 'Due in this Dialogue cycle.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  cycle?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: due since the last Dialogue (in the current cycle); false: due before it.',
  })
  @IsOptional()
  @IsBoolean()
  sinceLastDialogue?: boolean;

  @Field(() => FollowUpSubjectType, { nullable: true })
  @IsOptional()
  @IsEnum(FollowUpSubjectType)
  subjectType?: FollowUpSubjectType;

  @Field(() => ID, { nullable: true, description: 'Following up this engagement.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not an engagement id' })
  engagementId?: string;

  @Field(() => ID, { nullable: true, description: 'Following up this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Matches the title, ignoring case (withheld follow-ups never match).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => Boolean, { nullable: true, description: 'True: only follow-ups in the trash.' })
  @IsOptional()
  @IsBoolean()
  trash?: boolean;
}

@ArgsType()
export class FollowUpsArgs extends PageArgs {
  @Field(() => FollowUpFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FollowUpFilter)
  filter?: FollowUpFilter;

  @Field(() => SortOrder, { nullable: true, description: 'By due date; default ASC (soonest first).' })
  @IsOptional()
  @IsEnum(SortOrder)
  order?: SortOrder;
}
