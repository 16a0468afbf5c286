import { EngagementType, ParticipantSide } from '@convene/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';

registerEnumType(EngagementType, { name: 'EngagementType' });
registerEnumType(ParticipantSide, {
  name: 'ParticipantSide',
  description: 'Which side of the table a participant of an engagement sits on.',
});

@ObjectType({
  description: 'An interaction between Dialogues: meeting, consultation, briefing, call, submission …',
})
export class Engagement {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => EngagementType)
  type: EngagementType;

  @Field({ description: 'The day it took place, YYYY-MM-DD.' })
  date: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field(() => String, { nullable: true, description: 'Where it took place, in words.' })
  place: string | null;

  @Field()
  online: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code of the country it took place in.',
  })
  countryCode: string | null;

  @Field(() => [String], { description: 'Theme keys.' })
  themes: string[];

  @Field(() => [String], { description: 'Keys of the policy processes it fed (see `policyProcesses`).' })
  policyProcesses: string[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the engagement is in the trash.' })
  deletedAt: Date | null;

  @Field(() => Int)
  version: number;
}

export const EngagementConnection = ConnectionType(Engagement, 'Engagement');

@ObjectType({ description: 'An organisation taking part in an engagement, on a side.' })
export class EngagementOrganization {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ParticipantSide)
  side: ParticipantSide;
}

@ObjectType({ description: 'A person taking part in an engagement, on a side.' })
export class EngagementPerson {
  @Field(() => ID)
  personId: string;

  @Field(() => ParticipantSide)
  side: ParticipantSide;
}
