import {
  OrganizationKind,
  ParticipationRole,
  ParticipationStatus,
  SessionFormat,
  SMALL_GROUP_THRESHOLD,
} from '@convene/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';

registerEnumType(SessionFormat, { name: 'SessionFormat' });
registerEnumType(ParticipationRole, { name: 'ParticipationRole' });
registerEnumType(ParticipationStatus, {
  name: 'ParticipationStatus',
  description: 'Where a person stands with a Dialogue, from the invitation to the day itself.',
});

@ObjectType({ description: 'An annual edition of the CSO–UN Dialogue on Peacebuilding.' })
export class Dialogue {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1 for the 1st Dialogue …; unique among Dialogues not in the trash.' })
  number: number;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD' })
  endDate: string;

  @Field(() => String, { nullable: true, description: 'Where it takes place, in words.' })
  venue: string | null;

  @Field({ description: 'Held online (with a venue too: hybrid).' })
  online: boolean;

  @Field(() => Int, { nullable: true, description: 'How many participants it can take.' })
  capacity: number | null;

  @Field(() => [String], { description: 'Theme keys.' })
  themes: string[];

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => [ID], { description: 'Ids of the organisations that co-chair it (see `coChairs`).' })
  coChairIds: string[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the Dialogue is in the trash.' })
  deletedAt: Date | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: "A part of a Dialogue's programme: a plenary, a panel, a breakout …" })
export class DialogueSession {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  dialogueId: string;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD, within the Dialogue’s dates.' })
  date: string;

  @Field(() => String, { nullable: true, description: 'HH:MM, local time at the venue.' })
  startTime: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM, local time at the venue.' })
  endTime: string | null;

  @Field(() => SessionFormat)
  format: SessionFormat;

  @Field(() => [String], { description: 'Theme keys.' })
  themes: string[];

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int, { description: 'Position in the programme of its day (lower first).' })
  order: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the session is in the trash.' })
  deletedAt: Date | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({
  description:
    'A person at a Dialogue: whom they represented, their role and status. The person is withheld when protected and you are not cleared.',
})
export class Participation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  dialogueId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID, { nullable: true, description: 'The organisation they represented; null when none.' })
  organizationId: string | null;

  @Field(() => ParticipationRole)
  role: ParticipationRole;

  @Field(() => ParticipationStatus)
  status: ParticipationStatus;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the participation is in the trash.' })
  deletedAt: Date | null;

  @Field(() => Int)
  version: number;
}

export const ParticipationConnection = ConnectionType(Participation, 'Participation');

@ObjectType({
  description: `A count that may be shown: below ${SMALL_GROUP_THRESHOLD} it is withheld ("fewer than ${SMALL_GROUP_THRESHOLD}").`,
})
export class RepresentationCount {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  count: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Of the group’s total, 0 to 1; null when the count or the total is suppressed.',
  })
  share: number | null;

  @Field({ description: 'True when the count is below the threshold and withheld.' })
  suppressed: boolean;
}

@ObjectType({ description: 'Participants based in a UN M49 region (by their country of base).' })
export class RegionRepresentation extends RepresentationCount {
  @Field(() => String, { nullable: true, description: 'M49 region code; null: no known country of base.' })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  regionName: string | null;
}

@ObjectType({ description: 'Participants by the kind of organisation they represented.' })
export class OrganizationKindRepresentation extends RepresentationCount {
  @Field(() => OrganizationKind, { nullable: true, description: 'Null: no organisation.' })
  kind: OrganizationKind | null;
}

@ObjectType({ description: 'Representation figures of one group of participants (by status).' })
export class RepresentationFigures {
  @Field(() => [ParticipationStatus], { description: 'The statuses counted in this group.' })
  statuses: ParticipationStatus[];

  @Field(() => RepresentationCount)
  total: RepresentationCount;

  @Field(() => RepresentationCount, {
    description: 'Based in the Global South (country of base, under the active classification).',
  })
  globalSouth: RepresentationCount;

  @Field(() => RepresentationCount, { description: 'With no country of base recorded.' })
  noCountry: RepresentationCount;

  @Field(() => RepresentationCount, {
    description: 'Self-described as a woman (woman, female or femme, ignoring case).',
  })
  women: RepresentationCount;

  @Field(() => RepresentationCount, { description: 'Self-declared age band 18–29 (YPS, S/RES/2250).' })
  youth: RepresentationCount;

  @Field(() => [RegionRepresentation], { description: 'Every M49 region, then no known country.' })
  regions: RegionRepresentation[];

  @Field(() => [OrganizationKindRepresentation], { description: 'Every kind, then no organisation.' })
  organizationKinds: OrganizationKindRepresentation[];

  @Field(() => RepresentationCount, {
    nullable: true,
    description: 'Of this group, those who attended the previous Dialogue; null when there is none.',
  })
  cameBack: RepresentationCount | null;
}

@ObjectType({
  description: `Who took part, in aggregate: counts below ${SMALL_GROUP_THRESHOLD} are suppressed, and people are never named. Protected people are counted too.`,
})
export class DialogueRepresentation {
  @Field(() => Int, { description: 'Counts below this are suppressed.' })
  threshold: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The number of the previous Dialogue, which `cameBack` compares with.',
  })
  previousDialogueNumber: number | null;

  @Field(() => RepresentationFigures, { description: 'Participants who ATTENDED.' })
  attended: RepresentationFigures;

  @Field(() => RepresentationFigures, {
    description:
      'Participants INVITED, REGISTERED or ATTENDED (not those who declined, cancelled or did not show).',
  })
  invitedOrAttended: RepresentationFigures;
}

@ObjectType({
  description: 'The time from one Dialogue to the next; "since the last Dialogue" is the current one.',
})
export class DialogueCycle {
  @Field(() => Int, { description: 'The number of the Dialogue that opened it; 0 before the first.' })
  number: number;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD; null for cycle 0.' })
  from: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day, YYYY-MM-DD; null while no later Dialogue is set.',
  })
  to: string | null;
}
