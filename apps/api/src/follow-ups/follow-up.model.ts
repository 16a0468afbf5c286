import { FollowUpPriority, FollowUpStatus, FollowUpSubjectType } from '@convene/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';

registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });
registerEnumType(FollowUpPriority, { name: 'FollowUpPriority' });
registerEnumType(FollowUpSubjectType, {
  name: 'FollowUpSubjectType',
  description: 'What a follow-up follows up.',
});

/** Fields withheld when a follow-up is about a protected record the viewer is not cleared for. */
export const FOLLOW_UP_PROTECTED_FIELDS = ['title', 'description'] as const;

@ObjectType({ description: 'A user as colleagues see them: no email, role or clearance.' })
export class UserSummary {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field({ description: 'True when the account is disabled (the user can no longer sign in).' })
  disabled: boolean;
}

@ObjectType({
  description: 'An owned action item with a due date, following up an engagement or organisation.',
})
export class FollowUp {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Null only when withheld (see `withheld`).' })
  title: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ID)
  ownerId: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate: string;

  @Field(() => FollowUpStatus)
  status: FollowUpStatus;

  @Field(() => FollowUpPriority)
  priority: FollowUpPriority;

  @Field(() => Date, { nullable: true, description: 'When it was done; null unless the status is DONE.' })
  completedAt: Date | null;

  @Field({ description: 'Due before today and neither DONE nor CANCELLED.' })
  overdue: boolean;

  @Field(() => FollowUpSubjectType)
  subjectType: FollowUpSubjectType;

  @Field(() => ID)
  subjectId: string;

  @Field(() => [String], {
    description:
      'Fields withheld from you: the follow-up is about a protected record you are not cleared for.',
  })
  withheld: string[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the follow-up is in the trash.' })
  deletedAt: Date | null;

  @Field(() => Int)
  version: number;
}

export const FollowUpConnection = ConnectionType(FollowUp, 'FollowUp');
