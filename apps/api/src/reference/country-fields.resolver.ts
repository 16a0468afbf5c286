import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Organization } from '../organizations/organization.model';
import { Person } from '../people/person.model';
import { countryByCode, globalSouthCodes } from './country.loader';
import { Country } from './reference.model';

/** The country of base as a record (name in the viewer's language, region, Global South), via loaders. */
async function countryOf(code: string | null, ctx: GraphqlContext, db: DataSource): Promise<Country | null> {
  if (!code) return null;
  const [row, south, viewer] = await Promise.all([
    ctx.loaders.get(countryByCode, db).load(code),
    ctx.loaders.get(globalSouthCodes, db).load('all'),
    ctx.req.auth,
  ]);
  if (!row) return null;
  return {
    ...row,
    names: row.names as unknown as Country['names'],
    name: row.names[viewer?.locale ?? 'en'] ?? row.names.en,
    isGlobalSouth: row.regionCode ? south.has(row.iso2) : null,
  };
}

@Resolver(() => Organization)
export class OrganizationCountryResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Country, {
    nullable: true,
    description: 'The country of base; null when unknown or withheld.',
  })
  country(@Parent() org: Organization, @Context() ctx: GraphqlContext) {
    return countryOf(org.countryCode, ctx, this.db);
  }
}

@Resolver(() => Person)
export class PersonCountryResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Country, {
    nullable: true,
    description: 'The country of base; null when unknown or withheld.',
  })
  country(@Parent() person: Person, @Context() ctx: GraphqlContext) {
    return countryOf(person.countryCode, ctx, this.db);
  }
}
