import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A UN M49 region, sub-region or intermediate region.' })
export class Region {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field({ description: 'WORLD, REGION, SUB_REGION or INTERMEDIATE_REGION' })
  level: string;

  @Field(() => String, { nullable: true })
  parentCode: string | null;
}

@ObjectType({ description: 'Names in the six UN languages.' })
export class LocalizedNames {
  @Field() en: string;
  @Field() fr: string;
  @Field() es: string;
  @Field() ar: string;
  @Field() ru: string;
  @Field() zh: string;
}

@ObjectType({ description: 'A country or area (ISO 3166-1), with its UN M49 place and UN status.' })
export class Country {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code.' })
  iso2: string;

  @Field()
  iso3: string;

  @Field(() => String, { nullable: true, description: 'UN M49 numeric code.' })
  m49: string | null;

  @Field({ description: "The name in the signed-in user's language (English when there is none)." })
  name: string;

  @Field(() => LocalizedNames)
  names: LocalizedNames;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  subRegionCode: string | null;

  @Field(() => String, { nullable: true })
  intermediateRegionCode: string | null;

  @Field({ description: 'MEMBER (of the UN), OBSERVER_STATE or NONE.' })
  unStatus: string;

  @Field(() => String, {
    nullable: true,
    description:
      'AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_CARIBBEAN, WESTERN_EUROPEAN_OTHERS.',
  })
  unRegionalGroup: string | null;

  @Field()
  flag: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Under the active Global South classification; null if it does not say.',
  })
  isGlobalSouth: boolean | null;
}

@ObjectType()
export class Theme {
  @Field(() => ID)
  key: string;

  @Field({ description: "The name in the signed-in user's language." })
  name: string;

  @Field()
  description: string;

  @Field()
  overarching: boolean;

  @Field({ description: 'Shipped with Convene (true) or added by an administrator (false).' })
  system: boolean;
}

@ObjectType({ description: 'A policy process contributions can feed (PBA Review, Pact for the Future …).' })
export class PolicyProcess {
  @Field(() => ID)
  key: string;

  @Field()
  name: string;

  @Field(() => [String], { description: 'UN document symbols, e.g. S/RES/2558 (2020).' })
  symbols: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  adopted: string | null;

  @Field()
  description: string;
}

@ObjectType({ description: 'A way of deciding which countries count as the Global South, with its source.' })
export class GlobalSouthClassification {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  source: string;

  @Field()
  asOf: string;

  @Field()
  description: string;

  @Field({ description: 'The one Convene uses for every Global South figure and filter.' })
  active: boolean;

  @Field(() => Int, { description: 'How many UN Member States it counts as Global South.' })
  memberStatesInGlobalSouth: number;
}
