import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An annual edition of the CSO–UN Dialogue on Peacebuilding.' })
export class Dialogue {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD' })
  endDate: string;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => [String], { description: 'Theme keys.' })
  themes: string[];

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => [ID])
  coChairIds: string[];

  @Field(() => Int)
  version: number;
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
