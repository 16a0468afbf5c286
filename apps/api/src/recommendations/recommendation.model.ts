import { RecommendationStatus } from '@convene/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';

registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  description:
    'Where a recommendation stands in its policy process; REFLECTED_IN_DRAFT, IN_FINAL_TEXT and IMPLEMENTED need evidence.',
});

@ObjectType({ description: 'Where a recommendation shows up in a text, e.g. A/RES/79/1, para. 23.' })
export class RecommendationEvidence {
  @Field({ description: 'The UN document symbol, e.g. A/RES/79/1.' })
  documentSymbol: string;

  @Field(() => String, { nullable: true, description: 'e.g. 23, or OP 5(b).' })
  paragraph: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  date: string | null;
}

@ObjectType({ description: 'A recommendation from a Dialogue, tracked into a policy process.' })
export class Recommendation {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  body: string | null;

  @Field(() => ID, { description: 'The Dialogue it came from (see `dialogue`).' })
  dialogueId: string;

  @Field(() => String, { nullable: true, description: 'Key of the policy process it targets.' })
  policyProcess: string | null;

  @Field(() => RecommendationStatus)
  status: RecommendationStatus;

  @Field(() => [String], { description: 'Theme keys.' })
  themes: string[];

  @Field(() => [RecommendationEvidence])
  evidence: RecommendationEvidence[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the recommendation is in the trash.' })
  deletedAt: Date | null;

  @Field(() => Int)
  version: number;
}

export const RecommendationConnection = ConnectionType(Recommendation, 'Recommendation');
