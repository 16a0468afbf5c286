import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Trim } from '../common/validation';
import { Person } from '../people/person.model';
import { RetentionAction, RetentionKind } from './retention.entity';

registerEnumType(RetentionKind, {
  name: 'RetentionKind',
  description: 'A kind of data with a retention period.',
});
registerEnumType(RetentionAction, {
  name: 'RetentionAction',
  description: 'FLAG: put on the review list; ANONYMISE: erase personal data, keep a tombstone; DELETE.',
});

@ObjectType({ description: 'How long a kind of data is kept, and what happens after.' })
export class RetentionPolicy {
  @Field(() => ID)
  id: string;

  @Field(() => RetentionKind)
  kind: RetentionKind;

  @Field(() => Int, { description: 'Days after which the data is past its time.' })
  periodDays: number;

  @Field(() => RetentionAction)
  action: RetentionAction;

  @Field(() => [RetentionAction], { description: 'The actions this kind allows.' })
  allowedActions: RetentionAction[];

  @Field({ description: 'False: the job leaves this kind alone.' })
  enabled: boolean;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: 'The daily retention job: when it last ran, what it did, when it runs next.' })
export class RetentionJob {
  @Field(() => Date, { nullable: true })
  lastStartedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastFinishedAt: Date | null;

  @Field()
  nextRunAt: Date;

  @Field(() => String, { nullable: true, description: 'SUCCEEDED or FAILED.' })
  lastOutcome: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'JSON: by kind, the action taken and how many records; or the error.',
  })
  lastSummary: string | null;
}

@ObjectType({ description: 'One run of the retention job asked for now.' })
export class RetentionRun {
  @Field({ description: 'False when another instance was running it at that moment: nothing was done.' })
  ran: boolean;

  @Field(() => RetentionJob)
  job: RetentionJob;
}

@ObjectType({
  description: 'A record past its retention period, for an administrator to erase, keep or dismiss.',
})
export class RetentionFlag {
  @Field(() => ID)
  id: string;

  @Field(() => RetentionKind)
  kind: RetentionKind;

  @Field()
  flaggedAt: Date;

  @Field({ description: 'YYYY-MM-DD: the day its time ran out.' })
  dueOn: string;

  @Field({ description: 'OPEN, KEPT, DISMISSED or ERASED.' })
  status: string;

  @Field(() => String, { nullable: true, description: 'KEPT: not flagged again before this day.' })
  keepUntil: string | null;

  @Field(() => Person)
  person: Person;
}

@InputType()
export class UpdateRetentionPolicyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a retention period id' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Int, { nullable: true, description: 'From 1 to 36500 days.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1 day' })
  @Max(36500, { message: 'must be at most 36500 days (100 years)' })
  periodDays?: number;

  @Field(() => RetentionAction, { nullable: true })
  @IsOptional()
  @IsEnum(RetentionAction)
  action?: RetentionAction;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

@InputType()
export class ErasePersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a person id' })
  id: string;

  @Field({ description: 'Why (a request, a retention review …): recorded in the history, without the name.' })
  @Trim()
  @IsString()
  @MaxLength(500)
  @MinLength(1, { message: 'is needed: say why the person is erased' })
  reason: string;
}

@InputType()
export class ResolveRetentionFlagInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a flag id' })
  id: string;

  @Field({
    description: 'KEEP: not flagged again for `days` (default: one period); DISMISS: not for this kind.',
  })
  @IsIn(['KEEP', 'DISMISS'], { message: 'must be KEEP or DISMISS' })
  decision: 'KEEP' | 'DISMISS';

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(36500)
  days?: number;
}

@ObjectType({ description: 'A person erased: their personal data is gone for good.' })
export class ErasedPerson {
  @Field(() => ID)
  id: string;

  @Field()
  erasedAt: Date;
}
