import { ConsentAction, ConsentMethod, ConsentPurpose, ConsentState } from '@convene/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import './consent.enums';

@ObjectType({ description: 'One event of a person’s consent record (append-only).' })
export class ConsentEvent {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => ConsentAction)
  action: ConsentAction;

  @Field({ description: 'YYYY-MM-DD: when the person gave or withdrew consent.' })
  date: string;

  @Field(() => String, {
    nullable: true,
    description: 'The wording version agreed to; null for a withdrawal.',
  })
  wordingVersion: string | null;

  @Field(() => ConsentMethod)
  method: ConsentMethod;

  @Field(() => String, { nullable: true, description: 'Who took the consent (for verbal consent).' })
  takenBy: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true })
  recordedById: string | null;

  @Field(() => String, { nullable: true, description: 'The display name of who recorded it in Convene.' })
  recordedByName: string | null;

  @Field({ description: 'When it was recorded in Convene.' })
  recordedAt: Date;
}

@ObjectType({ description: 'Where a person stands on one purpose now.' })
export class PersonConsent {
  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => ConsentState)
  state: ConsentState;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD of the consent given last (also once withdrawn).',
  })
  givenOn: string | null;

  @Field(() => String, { nullable: true, description: 'The wording version of the consent given last.' })
  wordingVersion: string | null;

  @Field(() => ConsentMethod, { nullable: true, description: 'How the consent given last was given.' })
  method: ConsentMethod | null;

  @Field(() => String, { nullable: true, description: 'Who took the consent given last.' })
  takenBy: string | null;

  @Field(() => String, { nullable: true, description: 'Who recorded the latest event in Convene.' })
  recordedByName: string | null;

  @Field(() => Date, { nullable: true, description: 'When the latest event was recorded in Convene.' })
  recordedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD of the withdrawal, when state is WITHDRAWN.',
  })
  withdrawnOn: string | null;
}
