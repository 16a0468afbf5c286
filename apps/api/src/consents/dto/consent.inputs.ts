import { ConsentMethod, ConsentPurpose, ConsentState } from '@convene/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Min,
} from 'class-validator';
import { Trim } from '../../common/validation';
import { DateOnly, OptionalText } from '../../common/validators';
import '../consent.enums';

const PURPOSES = 'must be purposes such as CONTACT or LIST_AS_PARTICIPANT';

@InputType({ isAbstract: true })
abstract class ConsentChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a person id' })
  personId: string;

  @Field(() => Int, {
    description: 'The version of the person you read; a newer one on the server gives CONFLICT.',
  })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [ConsentPurpose], { description: 'One or more purposes (e.g. all those on one form).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one purpose' })
  @ArrayMaxSize(7)
  @IsEnum(ConsentPurpose, { each: true, message: PURPOSES })
  purposes: ConsentPurpose[];

  @Field({ description: 'YYYY-MM-DD: when the person said so; not in the future.' })
  @DateOnly()
  date: string;

  @Field(() => ConsentMethod)
  @IsEnum(ConsentMethod, { message: 'must be WRITTEN_FORM, EMAIL, VERBAL, ONLINE_FORM or OTHER' })
  method: ConsentMethod;

  @Field(() => String, { nullable: true, description: 'Who took it; required for VERBAL.' })
  @OptionalText(200)
  takenBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the evidence is, or anything worth knowing.' })
  @OptionalText(1000)
  note?: string | null;
}

@InputType()
export class RecordConsentInput extends ConsentChangeInput {
  @Field({ description: 'The version of the consent wording the person agreed to, e.g. "2026-v2".' })
  @Trim()
  @IsString()
  @Length(1, 50, {
    message: 'must name the wording version the person agreed to, e.g. 2026-v2 (at most 50 characters)',
  })
  wordingVersion: string;
}

@InputType()
export class WithdrawConsentInput extends ConsentChangeInput {}

@InputType({ description: 'People whose consent to `purpose` is in `state` now.' })
export class ConsentFilter {
  @Field(() => ConsentPurpose)
  @IsEnum(ConsentPurpose, { message: PURPOSES })
  purpose: ConsentPurpose;

  @Field(() => ConsentState, { description: 'GIVEN: consented; WITHDRAWN; NOT_ASKED: no answer recorded.' })
  @IsEnum(ConsentState, { message: 'must be GIVEN, WITHDRAWN or NOT_ASKED' })
  state: ConsentState;
}
