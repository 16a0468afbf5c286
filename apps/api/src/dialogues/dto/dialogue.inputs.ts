import { ParticipationRole, ParticipationStatus, SessionFormat, TIME_OF_DAY } from '@convene/domain';
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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { Trim } from '../../common/validation';
import { DateOnly, Name, OptionalText, ThemeKeys } from '../../common/validators';

const TimeOfDay = () =>
  Matches(TIME_OF_DAY, { message: 'must be a time as HH:MM on a 24-hour clock, such as 09:30' });

@InputType()
export class CreateDialogueInput {
  @Field(() => Int, { description: '1 for the 1st Dialogue …; unique among Dialogues not in the trash.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  number: number;

  @Field()
  @Name()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  @DateOnly()
  startDate: string;

  @Field({ description: 'YYYY-MM-DD, on or after the start date.' })
  @DateOnly()
  endDate: string;

  @Field(() => String, { nullable: true, description: 'Where it takes place, in words.' })
  @OptionalText(300)
  venue?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Held online (with a venue too: hybrid). Default false.',
  })
  @IsOptional()
  @IsBoolean()
  online?: boolean;

  @Field(() => Int, { nullable: true, description: 'How many participants it can take.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Organisations that co-chair it.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'must be organisation ids' })
  coChairIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];

  @Field(() => String, { nullable: true })
  @OptionalText(10000)
  notes?: string | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateDialogueInput extends PartialType(CreateDialogueInput) {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a record id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class DialoguesArgs {
  @Field(() => Boolean, { nullable: true, description: 'True: only Dialogues in the trash.' })
  @IsOptional()
  @IsBoolean()
  trash?: boolean;
}

@InputType()
export class CreateSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a Dialogue id' })
  dialogueId: string;

  @Field()
  @Name()
  title: string;

  @Field({ description: 'YYYY-MM-DD, within the Dialogue’s dates.' })
  @DateOnly()
  date: string;

  @Field(() => String, { nullable: true, description: 'HH:MM' })
  @IsOptional()
  @TimeOfDay()
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM, not before the start time.' })
  @IsOptional()
  @TimeOfDay()
  endTime?: string | null;

  @Field(() => SessionFormat, { nullable: true, description: 'Default OTHER.' })
  @IsOptional()
  @IsEnum(SessionFormat)
  format?: SessionFormat;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];

  @Field(() => String, { nullable: true })
  @OptionalText(10000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Position in the programme of its day; default 0.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  order?: number;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateSessionInput extends PartialType(OmitType(CreateSessionInput, ['dialogueId'] as const)) {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a record id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class CreateParticipationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a Dialogue id' })
  dialogueId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'is not a person id' })
  personId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation they represented. Left out: their primary affiliation’s organisation (if any); null: none.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId?: string | null;

  @Field(() => ParticipationRole, { nullable: true, description: 'Default PARTICIPANT.' })
  @IsOptional()
  @IsEnum(ParticipationRole)
  role?: ParticipationRole;

  @Field(() => ParticipationStatus, { nullable: true, description: 'Default INVITED.' })
  @IsOptional()
  @IsEnum(ParticipationStatus)
  status?: ParticipationStatus;

  @Field(() => [ID], { nullable: true, description: 'Sessions of this Dialogue they spoke at.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be session ids' })
  sessionIds?: string[];
}

@InputType({ description: 'Only the fields given change; sessionIds replaces the whole set.' })
export class UpdateParticipationInput extends PartialType(
  OmitType(CreateParticipationInput, ['dialogueId', 'personId'] as const),
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
export class SetParticipationStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a record id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ParticipationStatus)
  @IsEnum(ParticipationStatus)
  status: ParticipationStatus;
}

@InputType()
export class ParticipationFilter {
  @Field(() => [ParticipationStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ParticipationStatus, { each: true })
  statuses?: ParticipationStatus[];

  @Field(() => [ParticipationRole], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ParticipationRole, { each: true })
  roles?: ParticipationRole[];

  @Field(() => ID, { nullable: true, description: 'Represented this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Matches the person’s name or email, ignoring case — only among people you may see: a search never matches a withheld person.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => Boolean, { nullable: true, description: 'True: only participations in the trash.' })
  @IsOptional()
  @IsBoolean()
  trash?: boolean;
}

@ArgsType()
export class ParticipationsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a Dialogue id' })
  dialogueId: string;

  @Field(() => ParticipationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParticipationFilter)
  filter?: ParticipationFilter;
}
