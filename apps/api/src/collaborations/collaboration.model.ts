import { CollaborationStatus, PartnerRole, SouthSouthKind } from '@convene/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';

registerEnumType(CollaborationStatus, { name: 'CollaborationStatus' });
registerEnumType(PartnerRole, {
  name: 'PartnerRole',
  description: 'What an organisation is in a collaboration.',
});
registerEnumType(SouthSouthKind, {
  name: 'SouthSouthKind',
  description:
    'South–South cooperation, derived from the partners’ countries of base under the active Global South classification.',
});

@ObjectType({ description: 'An output of a collaboration: a report, an event, a statement …' })
export class CollaborationOutput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  date: string | null;
}

@ObjectType({ description: 'A joint initiative logged by DPPA or the Core Group.' })
export class Collaboration {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => CollaborationStatus)
  status: CollaborationStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate: string | null;

  @Field(() => [String], { description: 'Theme keys.' })
  themes: string[];

  @Field(() => [CollaborationOutput])
  outputs: CollaborationOutput[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the collaboration is in the trash.' })
  deletedAt: Date | null;

  @Field(() => Int)
  version: number;
}

export const CollaborationConnection = ConnectionType(Collaboration, 'Collaboration');

@ObjectType({ description: 'An organisation in a collaboration, with its role.' })
export class CollaborationPartner {
  @Field(() => ID)
  organizationId: string;

  @Field(() => PartnerRole)
  role: PartnerRole;
}
