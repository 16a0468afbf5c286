import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationKind } from '@convene/domain';
import { RepresentationCount } from '../dialogues/dialogue.model';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'What the dashboard looks at; every filter is optional and they combine.' })
export class DashboardFilter {
  @Field(() => Int, {
    nullable: true,
    description: 'A Dialogue cycle; default the current one ("since the last Dialogue").',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  cycle?: number;

  @Field({ nullable: true, description: 'YYYY-MM-DD: a date range instead of a cycle (with `to`).' })
  @IsOptional()
  @Matches(DATE, { message: 'must be a date, YYYY-MM-DD' })
  from?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, the last day of the range.' })
  @IsOptional()
  @Matches(DATE, { message: 'must be a date, YYYY-MM-DD' })
  to?: string;

  @Field(() => [String], { nullable: true, description: 'Engagements on any of these theme keys.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  themes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'M49 region codes (any level): organisations based there.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^\d{3}$/, { each: true, message: 'must be M49 codes such as 002' })
  regionCodes?: string[];

  @Field(() => [OrganizationKind], { nullable: true, description: 'Organisations of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsIn(Object.values(OrganizationKind), { each: true })
  organizationKinds?: OrganizationKind[];

  @Field(() => ID, { nullable: true, description: 'Only what this Core Group member took part in.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a record id' })
  coreGroupMemberId?: string;
}

@ObjectType({ description: 'The days a figure covers (inclusive).' })
export class DashboardPeriod {
  @Field({ description: 'YYYY-MM-DD' })
  from: string;

  @Field({ description: 'YYYY-MM-DD' })
  to: string;

  @Field(() => Int, { nullable: true, description: 'The Dialogue cycle, when the period is one.' })
  cycle: number | null;
}

@ObjectType({
  description: 'A count of people or organisations: below the threshold it is suppressed ("fewer than N").',
})
export class GroupCount {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  count: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType({ description: 'A count under a key (a month, a type, a theme, a country …).' })
export class KeyedCount {
  @Field()
  key: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Null when suppressed (counts of people or organisations).',
  })
  count: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType()
export class PeriodComparison {
  @Field(() => GroupCount)
  current: GroupCount;

  @Field(() => GroupCount, { nullable: true, description: 'The previous cycle (or the same length before).' })
  previous: GroupCount | null;
}

@ObjectType()
export class OwnerFollowUps {
  @Field(() => ID)
  ownerId: string;

  @Field()
  ownerName: string;

  @Field(() => Int)
  open: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Int)
  completed: number;
}

@ObjectType({ description: 'Follow-ups due in the period.' })
export class FollowUpHealth {
  @Field(() => Int, { description: 'Open or in progress.' })
  open: number;

  @Field(() => Int, { description: 'Open or in progress, due before today.' })
  overdue: number;

  @Field(() => Int, { description: 'Done on or before the due date.' })
  completedOnTime: number;

  @Field(() => Int, { description: 'Done after the due date.' })
  completedLate: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median calendar days from the day logged to the day done; null when none done.',
  })
  medianDaysToClose: number | null;

  @Field(() => [OwnerFollowUps], { description: 'By owner, most open first.' })
  byOwner: OwnerFollowUps[];
}

@ObjectType()
export class CoreGroupActivity {
  @Field(() => ID)
  organizationId: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Engagements in the period it took part in.' })
  engagements: number;

  @Field(() => Int, { description: 'Collaborations active in the period it is a partner of.' })
  collaborations: number;
}

@ObjectType({ description: 'Who a group of people is: counts below the threshold are suppressed.' })
export class PeopleFigures {
  @Field(() => RepresentationCount)
  total: RepresentationCount;

  @Field(() => RepresentationCount, {
    description: 'Based in a Global South country (active classification).',
  })
  globalSouth: RepresentationCount;

  @Field(() => RepresentationCount, { description: 'Self-described woman, female or femme.' })
  women: RepresentationCount;

  @Field(() => RepresentationCount, { description: 'Self-declared 18–29 (youth, YPS).' })
  youth: RepresentationCount;
}

@ObjectType()
export class DashboardRepresentation {
  @Field(() => Int, { nullable: true, description: 'The Dialogue that opened the period, if one did.' })
  dialogueNumber: number | null;

  @Field(() => ID, { nullable: true, description: 'That Dialogue’s id (its participants are on its page).' })
  dialogueId: string | null;

  @Field(() => PeopleFigures, { nullable: true, description: 'Those who attended that Dialogue.' })
  participants: PeopleFigures | null;

  @Field(() => PeopleFigures, { description: 'People who took part in an engagement of the period.' })
  peopleEngaged: PeopleFigures;
}

@ObjectType({ description: 'Participants of one Dialogue: engaged before the next, and back at the next.' })
export class Retention {
  @Field(() => Int)
  dialogueNumber: number;

  @Field(() => ID)
  dialogueId: string;

  @Field(() => GroupCount, { description: 'Attended that Dialogue.' })
  attended: GroupCount;

  @Field(() => GroupCount, {
    description:
      'Of them, took part in an engagement before the next Dialogue (or by the end of the period).',
  })
  engagedBeforeNext: GroupCount;

  @Field(() => GroupCount, {
    nullable: true,
    description: 'Of them, attended the next Dialogue; null before it.',
  })
  backAtNext: GroupCount | null;
}

@ObjectType({ description: 'An organisation in the partnership network.' })
export class NetworkNode {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true })
  countryCode: string | null;

  @Field(() => Int, {
    description:
      'Engagements and collaborations of the period it shared with the other organisations: its size.',
  })
  activity: number;

  @Field(() => Int, { description: 'How many organisations it is linked to.' })
  degree: number;
}

@ObjectType({ description: 'Two organisations linked in the period.' })
export class NetworkLink {
  @Field(() => ID)
  sourceId: string;

  @Field(() => ID)
  targetId: string;

  @Field(() => Int, { description: 'Engagements of the period both took part in.' })
  engagements: number;

  @Field(() => Int, { description: 'Collaborations of the period both are partners of.' })
  collaborations: number;

  @Field({ description: 'One is a member of the other (a network and its member) during the period.' })
  member: boolean;
}

@ObjectType({
  description:
    'Who works with whom: organisations linked by engagements, collaborations and memberships of the period. Only organisations you are cleared for appear, never a person.',
})
export class PartnershipNetwork {
  @Field(() => [NetworkNode], { description: 'The most active organisations, most active first.' })
  nodes: NetworkNode[];

  @Field(() => [NetworkLink], { description: 'The links among those organisations.' })
  links: NetworkLink[];

  @Field(() => Int, { description: 'Organisations linked in all (the nodes are the most active of them).' })
  organizations: number;
}

@ObjectType({
  description: 'The shortest chain of links from one organisation to another: who could introduce whom.',
})
export class NetworkPath {
  @Field(() => [NetworkNode], { description: 'From the first organisation to the second.' })
  nodes: NetworkNode[];

  @Field(() => [NetworkLink], { description: 'The link between each node and the next.' })
  links: NetworkLink[];
}

/** The partnership at a glance; each figure is resolved (and measured) on its own. */
@ObjectType({
  description:
    'The partnership at a glance for a period, compared with the one before. Figures are resolved one by one: ask only for those you show.',
})
export class Dashboard {
  @Field(() => DashboardPeriod)
  period: DashboardPeriod;

  @Field(() => DashboardPeriod, { nullable: true })
  previousPeriod: DashboardPeriod | null;

  @Field(() => Int, { description: 'Counts of people or organisations below this are suppressed.' })
  threshold: number;

  /** The filter as given, for the figures' resolvers. */
  filter: DashboardFilter;

  /** The period is the current cycle, still open: follow-ups due after today belong to it. */
  openEnded: boolean;
}
