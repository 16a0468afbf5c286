import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SearchKind {
  ORGANIZATION = 'ORGANIZATION',
  PERSON = 'PERSON',
  ENGAGEMENT = 'ENGAGEMENT',
  COLLABORATION = 'COLLABORATION',
  RECOMMENDATION = 'RECOMMENDATION',
  DIALOGUE = 'DIALOGUE',
}
registerEnumType(SearchKind, { name: 'SearchKind', description: 'The kinds of record `search` finds.' });

/** How a hit matched, best first; the score's whole part (see SearchHit.score). */
export enum SearchMatch {
  /** The name (or acronym, whole email, Dialogue number) is what was typed, accents and case aside. */
  EXACT = 'EXACT',
  /** The name or acronym starts with what was typed. */
  PREFIX = 'PREFIX',
  /** A word of the text starts with what was typed. */
  WORD = 'WORD',
  /** Similar words (typos, missing or extra letters), or the text inside a word. */
  SIMILAR = 'SIMILAR',
}
registerEnumType(SearchMatch, { name: 'SearchMatch' });

export const MATCH_BY_TIER = [SearchMatch.SIMILAR, SearchMatch.WORD, SearchMatch.PREFIX, SearchMatch.EXACT];

@ObjectType({ description: 'A record `search` found, with what a list of results shows of it.' })
export class SearchHit {
  @Field(() => SearchKind)
  kind: SearchKind;

  @Field(() => ID)
  id: string;

  @Field({ description: 'Name, full name or title, as entered.' })
  label: string;

  @Field(() => String, { nullable: true, description: 'Organisations: the acronym.' })
  acronym: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Organisations and people: the country of base in the viewer's language; recommendations: their Dialogue; Dialogues: the venue.",
  })
  secondary: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The enum key of: the organisation kind, engagement type, collaboration or recommendation status.',
  })
  category: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Engagements: the day; Dialogues: the first day (YYYY-MM-DD).',
  })
  date: string | null;

  @Field(() => SearchMatch)
  match: SearchMatch;

  @Field(() => Float, {
    description:
      'Ranks hits, highest first: the match (3 exact, 2 prefix, 1 word, 0 similar) plus the word similarity of the typed text to the record’s text (0 to 1, trigrams, accents and case aside).',
  })
  score: number;
}
