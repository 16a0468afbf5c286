import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Min } from 'class-validator';
import { ConnectionType, PageArgs } from '../common/pagination';
import { Collaboration } from '../collaborations/collaboration.model';
import { Participation } from '../dialogues/dialogue.model';
import { Engagement } from '../engagements/engagement.model';
import { FollowUp } from '../follow-ups/follow-up.model';
import { HistoryEntry } from '../history/history.model';

export enum TimelineItemKind {
  ENGAGEMENT = 'ENGAGEMENT',
  FOLLOW_UP = 'FOLLOW_UP',
  CHANGE = 'CHANGE',
  DIALOGUE_PARTICIPATION = 'DIALOGUE_PARTICIPATION',
  COLLABORATION = 'COLLABORATION',
}
registerEnumType(TimelineItemKind, {
  name: 'TimelineItemKind',
  description:
    'An engagement taken part in, a follow-up about the record, a change to the record, a Dialogue taken part in, or a collaboration the organisation is a partner of.',
});

@ObjectType({
  description:
    'One item of a record’s timeline; exactly one of engagement, followUp, change, participation and collaboration is set.',
})
export class TimelineItem {
  @Field(() => TimelineItemKind)
  kind: TimelineItemKind;

  @Field({
    description:
      'YYYY-MM-DD: the engagement’s date, the follow-up’s due date, the day of the change (UTC), the Dialogue’s first day, or the collaboration’s start (else the day it was logged).',
  })
  date: string;

  @Field(() => Engagement, { nullable: true })
  engagement: Engagement | null;

  @Field(() => FollowUp, { nullable: true })
  followUp: FollowUp | null;

  @Field(() => HistoryEntry, { nullable: true })
  change: HistoryEntry | null;

  @Field(() => Participation, {
    nullable: true,
    description: 'A Dialogue the person took part in, or at which someone represented the organisation.',
  })
  participation: Participation | null;

  @Field(() => Collaboration, {
    nullable: true,
    description: 'A collaboration the organisation is a partner of.',
  })
  collaboration: Collaboration | null;
}

export const TimelineItemConnection = ConnectionType(TimelineItem, 'TimelineItem');

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Only this Dialogue cycle.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  cycle?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only the current cycle (since the last Dialogue); false: before it.',
  })
  @IsOptional()
  @IsBoolean()
  sinceLastDialogue?: boolean;
}
