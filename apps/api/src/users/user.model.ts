import { RiskLevel, Role } from '@convene/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';

registerEnumType(Role, { name: 'Role', description: 'Who a user is in Convene' });

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'Preferred language, a BCP 47 tag (en, fr, es, ar, ru, zh).' })
  locale: string;

  @Field(() => RiskLevel, {
    description: 'The highest risk level whose protected records this user may see (need-to-know).',
  })
  clearance: RiskLevel;

  @Field(() => String, { nullable: true, description: 'For CORE_GROUP users: the id of their network.' })
  organizationId: string | null;

  @Field(() => Date, { nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => Int)
  version: number;
}

export const UserConnection = ConnectionType(User, 'User');

/** A colleague one can hand work to (a follow-up's owner, engagement staff): no email, role or clearance. */
@ObjectType()
export class Colleague {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType()
export class SetupStatus {
  @Field({ description: 'True until the first administrator exists.' })
  needsFirstAdmin: boolean;
}
