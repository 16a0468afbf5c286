import { ArgsType, Field, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { Trim } from '../../common/validation';
import { SearchKind } from '../search.model';

export const SEARCH_TEXT_MIN = 2;
export const SEARCH_TEXT_MAX = 100;
export const SEARCH_MAX_HITS = 50;

@ArgsType()
export class SearchArgs {
  @Field({ description: `What to look for: ${SEARCH_TEXT_MIN} to ${SEARCH_TEXT_MAX} characters.` })
  @Trim()
  @IsString()
  @Length(SEARCH_TEXT_MIN, SEARCH_TEXT_MAX, {
    message: `must be ${SEARCH_TEXT_MIN} to ${SEARCH_TEXT_MAX} characters`,
  })
  text: string;

  @Field(() => Int, { defaultValue: 20, description: `How many hits, best first: 1 to ${SEARCH_MAX_HITS}.` })
  @IsInt()
  @Min(1, { message: `must be 1 to ${SEARCH_MAX_HITS}` })
  @Max(SEARCH_MAX_HITS, { message: `must be 1 to ${SEARCH_MAX_HITS}` })
  first = 20;

  @Field(() => [SearchKind], {
    nullable: true,
    description: 'Only these kinds (default: all). Kinds the viewer may not read are left out, not refused.',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique({ message: 'must not name a kind twice' })
  @ArrayMaxSize(6)
  @IsEnum(SearchKind, { each: true, message: 'must be kinds of record such as ORGANIZATION or PERSON' })
  kinds?: SearchKind[];
}
