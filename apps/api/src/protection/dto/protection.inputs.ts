import { REASON_LENGTH } from '@convene/domain';
import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { Trim } from '../../common/validation';
import { DateOnly, OptionalText } from '../../common/validators';
import { AccessLogAction } from '../protection.entities';

const REASON_MESSAGE = `must say why, in ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters`;

/** Why: required, 10 to 500 characters once trimmed. */
const Reason = () =>
  applyDecorators(
    Trim(),
    IsString(),
    Length(REASON_LENGTH.min, REASON_LENGTH.max, { message: REASON_MESSAGE }),
  );

@InputType()
export class GrantRecordAccessInput {
  @Field(() => ID, { description: 'The protected person or organisation.' })
  @IsUUID('all', { message: 'is not a record id' })
  recordId: string;

  @Field(() => ID, { description: 'The user who may see it.' })
  @IsUUID('all', { message: 'is not a user id' })
  userId: string;

  @Field({ description: 'Why they need to know (10 to 500 characters): kept in the access log.' })
  @Reason()
  reason: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; none: until revoked.' })
  @DateOnly()
  endsOn?: string | null;
}

@InputType()
export class RevokeRecordAccessInput {
  @Field(() => ID, { description: 'The grant.' })
  @IsUUID('all', { message: 'is not a grant id' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why (optional, up to 500 characters).' })
  @OptionalText(REASON_LENGTH.max)
  reason?: string | null;
}

@InputType()
export class RestrictRecordInput {
  @Field(() => ID, { description: 'The person or organisation to restrict.' })
  @IsUUID('all', { message: 'is not a record id' })
  recordId: string;

  @Field({ description: 'Why (10 to 500 characters): kept in the access log.' })
  @Reason()
  reason: string;
}

@ArgsType()
export class AccessLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only entries about this person or organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a record id' })
  recordId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only entries by this user, or granting to or revoking from them.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'is not a user id' })
  userId?: string;

  @Field(() => AccessLogAction, { nullable: true, description: 'Only entries of this kind.' })
  @IsOptional()
  @IsEnum(AccessLogAction)
  action?: AccessLogAction;
}

@ArgsType()
export class RevealPersonArgs {
  @Field(() => ID, { description: 'The protected person.' })
  @IsUUID('all', { message: 'is not a person id' })
  id: string;

  @Field({
    description: 'Why you need their contact details (10 to 500 characters): kept in the access log.',
  })
  @Reason()
  reason: string;
}
