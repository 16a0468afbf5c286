import { Role } from '@convene/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field()
  expiresAt: Date;

  @Field()
  createdAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The one-time link; only returned when the invitation is created.',
  })
  url: string | null;
}

@ObjectType()
export class InvitationPreview {
  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field()
  expiresAt: Date;
}
