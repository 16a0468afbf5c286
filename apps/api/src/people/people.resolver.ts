import { maySee } from '@convene/domain';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { RecordVersionInput, SetRiskLevelInput } from '../common/common.inputs';
import { PageArgs, TrashArgs } from '../common/pagination';
import { HistoryEntryConnection } from '../history/history.model';
import { HistoryService } from '../history/history.service';
import type { GraphqlContext } from '../graphql/graphql-context';
import { EndRecordInput } from '../organizations/dto/organization.inputs';
import { Organization } from '../organizations/organization.model';
import { organizationById } from '../organizations/organizations.loader';
import { OrganizationsService } from '../organizations/organizations.service';
import { AddAffiliationInput, CreatePersonInput, PeopleArgs, UpdatePersonInput } from './dto/person.inputs';
import { affiliationsByOrganization, affiliationsByPerson, personById } from './people.loader';
import { PeopleService } from './people.service';
import { Affiliation, Person, PersonConnection } from './person.model';

async function viewerOf(ctx: GraphqlContext): Promise<CurrentUser> {
  const viewer = await ctx.req.auth;
  if (!viewer) throw new Error('A field resolver ran without a signed-in user');
  return viewer;
}

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    @Inject(PeopleService) private readonly people: PeopleService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Allow(Action.ReadRegister)
  @Query(() => PersonConnection, { name: 'people', description: 'The directory of people.' })
  list(@Me() me: CurrentUser, @Args() args: PeopleArgs) {
    return this.people.list(me, args);
  }

  @Allow(Action.ReadRegister)
  @Query(() => Person, { description: 'One person, also when in the trash.' })
  person(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.people.get(me, id);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Person)
  createPerson(@Me() me: CurrentUser, @Args('input') input: CreatePersonInput) {
    return this.people.create(me, input);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Person)
  updatePerson(@Me() me: CurrentUser, @Args('input') input: UpdatePersonInput) {
    return this.people.update(me, input);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Person, { description: 'Moves the person to the trash; restorePerson brings them back.' })
  deletePerson(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.people.remove(me, input.id, input.version);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Person)
  restorePerson(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.people.restore(me, id);
  }

  @Allow(Action.ManageProtection)
  @Mutation(() => Person)
  setPersonRiskLevel(@Me() me: CurrentUser, @Args('input') input: SetRiskLevelInput) {
    return this.people.setRiskLevel(me, input.id, input.version, input.riskLevel);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Affiliation)
  addAffiliation(@Me() me: CurrentUser, @Args('input') input: AddAffiliationInput) {
    return this.people.addAffiliation(me, input);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Affiliation)
  endAffiliation(@Me() me: CurrentUser, @Args('input') input: EndRecordInput) {
    return this.people.endAffiliation(me, input.id, input.version, input.endDate);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Affiliation)
  deleteAffiliation(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.people.removeAffiliation(me, input.id, input.version);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Affiliation, {
    description:
      'Back from the trash (needs clearance for the person); a primary one comes back as not primary when the person has another primary affiliation meanwhile.',
  })
  restoreAffiliation(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.people.restoreAffiliation(me, id);
  }

  @Allow(Action.ReadRegister)
  @Query(() => Affiliation, {
    description: 'One affiliation, also when in the trash; its role withheld with a protected person.',
  })
  affiliation(@Args('id', { type: () => ID }) id: string) {
    return this.people.getAffiliation(id);
  }

  @Allow(Action.ReadRegister)
  @Query(() => [Affiliation], {
    description:
      'Affiliations in the trash, most recently deleted first; only of people and organisations you are cleared for.',
  })
  affiliationsInTrash(@Me() me: CurrentUser, @Args() args: TrashArgs) {
    return this.people.affiliationsInTrash(me, args.first);
  }

  @ResolveField(() => [Affiliation], {
    nullable: true,
    description: 'Where the person works; null when withheld.',
  })
  affiliations(@Parent() person: Person, @Context() ctx: GraphqlContext) {
    if (person.withheld.length) return null;
    return ctx.loaders.get(affiliationsByPerson, this.db).load(person.id);
  }
}

@Resolver(() => Affiliation)
export class AffiliationsResolver {
  constructor(
    @Inject(PeopleService) private readonly people: PeopleService,
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(HistoryService) private readonly histories: HistoryService,
  ) {}

  @ResolveField(() => HistoryEntryConnection, {
    description:
      'Every change, newest first; every value withheld when you are not cleared for the person or the organisation.',
  })
  async history(@Parent() a: Affiliation, @Args() page: PageArgs, @Context() ctx: GraphqlContext) {
    const [person, organization] = await Promise.all([
      ctx.loaders.get(personById, this.db).load(a.personId),
      ctx.loaders.get(organizationById, this.db).load(a.organizationId),
    ]);
    const viewer = await viewerOf(ctx);
    const cleared = [person, organization].every((r) => r && maySee(viewer, r));
    return this.histories.forRecord('affiliation', a.id, page, cleared ? [] : 'all');
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Job title or role; null when none, or withheld with the person (see `withheld`).',
  })
  async role(@Parent() a: Affiliation, @Context() ctx: GraphqlContext): Promise<string | null> {
    return (await this.personWithheld(a, ctx)) ? null : a.role;
  }

  @ResolveField(() => [String], {
    description: 'Fields withheld from you: the role, when the person is protected and you are not cleared.',
  })
  async withheld(@Parent() a: Affiliation, @Context() ctx: GraphqlContext): Promise<string[]> {
    return (await this.personWithheld(a, ctx)) ? ['role'] : [];
  }

  /** A role at an organisation can name a protected person as surely as their name: it goes with them. */
  private async personWithheld(a: Affiliation, ctx: GraphqlContext): Promise<boolean> {
    const person = await ctx.loaders.get(personById, this.db).load(a.personId);
    return !person || !maySee(await viewerOf(ctx), person);
  }

  @ResolveField(() => Person)
  async person(@Parent() a: Affiliation, @Context() ctx: GraphqlContext): Promise<Person> {
    const entity = await ctx.loaders.get(personById, this.db).load(a.personId);
    if (!entity) throw new Error(`Person ${a.personId} of an affiliation is missing`);
    return this.people.present(entity, await viewerOf(ctx));
  }

  @ResolveField(() => Organization)
  async organization(@Parent() a: Affiliation, @Context() ctx: GraphqlContext): Promise<Organization> {
    const entity = await ctx.loaders.get(organizationById, this.db).load(a.organizationId);
    if (!entity) throw new Error(`Organisation ${a.organizationId} of an affiliation is missing`);
    return this.organizations.present(entity, await viewerOf(ctx));
  }
}

/** People of an organisation; protected people appear withheld, never silently left out. */
@Resolver(() => Organization)
export class OrganizationPeopleResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => [Affiliation], {
    nullable: true,
    description: 'People affiliated with it; null when withheld.',
  })
  affiliations(@Parent() org: Organization, @Context() ctx: GraphqlContext) {
    if (org.withheld.length) return null;
    return ctx.loaders.get(affiliationsByOrganization, this.db).load(org.id);
  }
}
