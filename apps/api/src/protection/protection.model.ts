import { RiskLevel } from '@convene/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';
import { UserSummary } from '../follow-ups/follow-up.model';
import { AccessLogAction, type ProtectedRecordType } from './protection.entities';

registerEnumType(AccessLogAction, {
  name: 'AccessLogAction',
  description:
    'REVEAL: contact details revealed with a reason; GRANT and REVOKE: named need-to-know access; RESTRICT: "restrict now".',
});

@ObjectType({
  description:
    'A named need-to-know grant: a user who may see one protected record whatever their clearance.',
})
export class AccessGrant {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  recordId: string;

  @Field(() => String, { description: 'person or organization.' })
  recordType: ProtectedRecordType;

  /** Resolved by AccessGrantResolver. */
  userId: string;

  grantedById: string;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null: until revoked.' })
  endsOn: string | null;

  @Field()
  grantedAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType({ description: 'Who may see a protected record: the clearance rule and the named grants.' })
export class RecordAccess {
  @Field(() => ID)
  recordId: string;

  @Field(() => String, { description: 'person or organization.' })
  recordType: ProtectedRecordType;

  @Field(() => RiskLevel, { description: "The record's risk level: users cleared for it see it." })
  riskLevel: RiskLevel;

  @Field(() => [UserSummary], { description: 'Enabled users whose clearance covers the level, by name.' })
  clearedUsers: UserSummary[];

  @Field(() => [AccessGrant], { description: 'Active named grants, newest first.' })
  grants: AccessGrant[];
}

@ObjectType({ description: 'What "restrict now" did.' })
export class RestrictOutcome {
  @Field(() => ID)
  recordId: string;

  @Field(() => String, { description: 'person or organization.' })
  recordType: ProtectedRecordType;

  @Field(() => RiskLevel)
  riskLevel: RiskLevel;

  @Field(() => Int, { description: 'Named grants ended.' })
  grantsEnded: number;

  @Field(() => Int, { description: 'Reveals of contact details ended.' })
  revealsEnded: number;
}

@ObjectType({ description: 'One entry of the access log (append-only): who, when, what, why.' })
export class AccessLogEntry {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => AccessLogAction)
  action: AccessLogAction;

  @Field(() => String, { description: 'person or organization.' })
  recordType: ProtectedRecordType;

  @Field(() => ID)
  recordId: string;

  /** Resolved by AccessLogResolver. */
  actorId: string;

  subjectUserId: string | null;

  @Field(() => [String], { description: 'The fields revealed (REVEAL); empty otherwise.' })
  fields: string[];

  @Field()
  reason: string;
}

export const AccessLogEntryConnection = ConnectionType(AccessLogEntry, 'AccessLogEntry');
