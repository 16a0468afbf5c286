import { RecommendationStatus } from '@convene/domain';
import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { RecordVersionInput, SortOrder } from '../../common/common.inputs';
import { PageArgs } from '../../common/pagination';
import { Trim } from '../../common/validation';
import { DateOnly, Name, OptionalText, ThemeKeys, Website } from '../../common/validators';

const POLICY_PROCESS_KEY = /^[a-z0-9-]{2,60}$/;
const POLICY_PROCESS_MESSAGE = 'must be a policy process key such as pba-review-2025';

@InputType()
export class RecommendationEvidenceInput {
  @Field({ description: 'The UN document symbol, e.g. A/RES/79/1.' })
  @Name(100)
  documentSymbol: string;

  @Field(() => String, { nullable: true, description: 'e.g. 23, or OP 5(b).' })
  @OptionalText(50)
  paragraph?: string | null;

  @Field(() => String, { nullable: true })
  @Website()
  url?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(2000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @DateOnly()
  date?: string | null;
}

@InputType()
export class CreateRecommendationInput {
  @Field()
  @Name(500)
  title: string;

  @Field(() => String, { nullable: true })
  @OptionalText(20000)
  body?: string | null;

  @Field(() => ID, { description: 'The Dialogue it came from.' })
  @IsUUID('all', { message: 'is not a Dialogue id' })
  dialogueId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The policy process it targets, e.g. pba-review-2025.',
  })
  @IsOptional()
  @Matches(POLICY_PROCESS_KEY, { message: POLICY_PROCESS_MESSAGE })
  policyProcess?: string | null;

  @Field(() => RecommendationStatus, { nullable: true, description: 'Default SUBMITTED.' })
  @IsOptional()
  @IsEnum(RecommendationStatus)
  status?: RecommendationStatus;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];

  @Field(() => [RecommendationEvidenceInput], {
    nullable: true,
    description: 'Required (at least one) from REFLECTED_IN_DRAFT on.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RecommendationEvidenceInput)
  evidence?: RecommendationEvidenceInput[];

  @Field(() => [ID], { nullable: true, description: 'Organisations that contributed.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be organisation ids' })
  organizationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'People who contributed (withheld when protected).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be person ids' })
  personIds?: string[];
}

@InputType({
  description:
    'Only the fields given change; evidence, organizationIds and personIds replace the whole list. The status changes with setRecommendationStatus.',
})
export class UpdateRecommendationInput extends PartialType(
  OmitType(CreateRecommendationInput, ['status'] as const),
) {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a record id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class SetRecommendationStatusInput extends RecordVersionInput {
  @Field(() => RecommendationStatus)
  @IsEnum(RecommendationStatus)
  status: RecommendationStatus;

  @Field(() => [RecommendationEvidenceInput], {
    nullable: true,
    description: 'Replaces the evidence in the same step (e.g. the paragraph of the final text).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RecommendationEvidenceInput)
  evidence?: RecommendationEvidenceInput[];
}

@InputType()
export class RecommendationFilter {
  @Field(() => String, { nullable: true, description: 'Matches the title or body, ignoring case.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => ID, { nullable: true, description: 'From this Dialogue.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a Dialogue id' })
  dialogueId?: string;

  @Field(() => [RecommendationStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(RecommendationStatus, { each: true })
  statuses?: RecommendationStatus[];

  @Field(() => [String], { nullable: true, description: 'Targeting any of these policy processes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(POLICY_PROCESS_KEY, { each: true, message: 'must be policy process keys such as pba-review-2025' })
  policyProcesses?: string[];

  @Field(() => [String], { nullable: true, description: 'With any of these themes.' })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];

  @Field(() => ID, { nullable: true, description: 'This organisation contributed.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId?: string;

  @Field(() => Boolean, { nullable: true, description: 'True: only recommendations in the trash.' })
  @IsOptional()
  @IsBoolean()
  trash?: boolean;
}

@ArgsType()
export class RecommendationsArgs extends PageArgs {
  @Field(() => RecommendationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecommendationFilter)
  filter?: RecommendationFilter;

  @Field(() => SortOrder, { nullable: true, description: 'By creation; default DESC (newest first).' })
  @IsOptional()
  @IsEnum(SortOrder)
  order?: SortOrder;
}
