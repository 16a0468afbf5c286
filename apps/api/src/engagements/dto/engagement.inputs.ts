import { EngagementType, OrganizationKind, ParticipantSide } from '@convene/domain';
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
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SortOrder } from '../../common/common.inputs';
import { PageArgs } from '../../common/pagination';
import { Trim } from '../../common/validation';
import { CountryCode, DateOnly, Name, OptionalText, ThemeKeys } from '../../common/validators';
import { NewFollowUpInput } from '../../follow-ups/dto/follow-up.inputs';

const POLICY_PROCESS_KEY = /^[a-z0-9-]{2,60}$/;

@InputType()
export class ParticipantOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId: string;

  @Field(() => ParticipantSide, {
    nullable: true,
    description:
      'Default: from the kind (UN entity: UN; Member or observer State: MEMBER_STATE; else CIVIL_SOCIETY); on an edit, the side it had.',
  })
  @IsOptional()
  @IsEnum(ParticipantSide)
  side?: ParticipantSide;
}

@InputType()
export class ParticipantPersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a person id' })
  personId: string;

  @Field(() => ParticipantSide, {
    nullable: true,
    description:
      "Default: the side of the person's primary organisation (CIVIL_SOCIETY without one); on an edit, the side they had.",
  })
  @IsOptional()
  @IsEnum(ParticipantSide)
  side?: ParticipantSide;
}

@InputType()
export class CreateEngagementInput {
  @Field()
  @Name()
  title: string;

  @Field(() => EngagementType)
  @IsEnum(EngagementType)
  type: EngagementType;

  @Field({ description: 'YYYY-MM-DD' })
  @DateOnly()
  date: string;

  @Field(() => String, { nullable: true })
  @OptionalText(10000)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  outcome?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it took place, in words.' })
  @OptionalText(300)
  place?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  @IsOptional()
  @IsBoolean()
  online?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CountryCode()
  countryCode?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];

  @Field(() => [String], { nullable: true, description: 'Policy process keys, e.g. pba-review-2025.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(POLICY_PROCESS_KEY, { each: true, message: 'must be policy process keys such as pba-review-2025' })
  policyProcesses?: string[];

  @Field(() => [ParticipantOrganizationInput], {
    nullable: true,
    description: 'Organisations on every side.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ParticipantOrganizationInput)
  organizations?: ParticipantOrganizationInput[];

  @Field(() => [ParticipantPersonInput], { nullable: true, description: 'People on every side.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParticipantPersonInput)
  people?: ParticipantPersonInput[];

  @Field(() => [ID], { nullable: true, description: 'The DPPA staff involved (user ids).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be user ids' })
  staffIds?: string[];

  @Field(() => [NewFollowUpInput], {
    nullable: true,
    description: 'Follow-ups created with the engagement, in the same transaction: all or nothing.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => NewFollowUpInput)
  followUps?: NewFollowUpInput[];
}

@InputType({
  description: 'Only the fields given change; organizations, people and staffIds replace the whole set.',
})
export class UpdateEngagementInput extends PartialType(
  OmitType(CreateEngagementInput, ['followUps'] as const),
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
export class EngagementFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Matches the title or summary, ignoring case (never participants’ names).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => [EngagementType], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(EngagementType, { each: true })
  types?: EngagementType[];

  @Field(() => String, { nullable: true, description: 'On or after this day (YYYY-MM-DD).' })
  @DateOnly()
  from?: string;

  @Field(() => String, { nullable: true, description: 'On or before this day (YYYY-MM-DD).' })
  @DateOnly()
  to?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'In this Dialogue cycle (the number of the Dialogue that opened it; 0 before the first).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  cycle?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: in the current cycle (since the last Dialogue); false: before it.',
  })
  @IsOptional()
  @IsBoolean()
  sinceLastDialogue?: boolean;

  @Field(() => [String], { nullable: true, description: 'With any of these themes.' })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];

  @Field(() => [String], { nullable: true, description: 'Feeding any of these policy processes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(POLICY_PROCESS_KEY, { each: true, message: 'must be policy process keys such as pba-review-2025' })
  policyProcesses?: string[];

  @Field(() => ID, { nullable: true, description: 'This organisation took part.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'This person took part.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a person id' })
  personId?: string;

  @Field(() => ID, { nullable: true, description: 'This staff member (user) was involved.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a user id' })
  staffId?: string;

  @Field(() => [String], { nullable: true, description: 'Took place in one of these countries.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @CountryCode({ each: true })
  countryCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'A participating organisation is based in one of these UN M49 regions (any level).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{3}$/, { each: true, message: 'must be M49 region codes such as 002 or 419' })
  regionCodes?: string[];

  @Field(() => [OrganizationKind], {
    nullable: true,
    description:
      'A participating organisation is of one of these kinds (with regionCodes, the same organisation is also based there).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(OrganizationKind, { each: true })
  organizationKinds?: OrganizationKind[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: a participating organisation is based in the Global South; false: none is (under the active classification).',
  })
  @IsOptional()
  @IsBoolean()
  globalSouth?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'True: only engagements in the trash.' })
  @IsOptional()
  @IsBoolean()
  trash?: boolean;
}

@ArgsType()
export class EngagementsArgs extends PageArgs {
  @Field(() => EngagementFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EngagementFilter)
  filter?: EngagementFilter;

  @Field(() => SortOrder, { nullable: true, description: 'By date; default DESC (newest first).' })
  @IsOptional()
  @IsEnum(SortOrder)
  order?: SortOrder;
}
