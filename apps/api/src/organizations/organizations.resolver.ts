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
import {
  AddCoreGroupMembershipInput,
  AddRelationshipInput,
  CreateOrganizationInput,
  EndRecordInput,
  OrganizationsArgs,
  UpdateOrganizationInput,
} from './dto/organization.inputs';
import {
  CoreGroupMembership,
  Organization,
  OrganizationConnection,
  OrganizationRelationship,
} from './organization.model';
import {
  coreGroupMembershipsByOrganization,
  organizationById,
  relationshipsByOrganization,
} from './organizations.loader';
import { OrganizationsService } from './organizations.service';

const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Allow(Action.ReadRegister)
  @Query(() => OrganizationConnection, {
    name: 'organizations',
    description: 'The directory of organisations.',
  })
  list(@Me() me: CurrentUser, @Args() args: OrganizationsArgs) {
    return this.organizations.list(me, args);
  }

  @Allow(Action.ReadRegister)
  @Query(() => Organization, { description: 'One organisation, also when it is in the trash.' })
  organization(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.organizations.get(me, id);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Organization)
  createOrganization(@Me() me: CurrentUser, @Args('input') input: CreateOrganizationInput) {
    return this.organizations.create(me, input);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Organization)
  updateOrganization(@Me() me: CurrentUser, @Args('input') input: UpdateOrganizationInput) {
    return this.organizations.update(me, input);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Organization, { description: 'Moves it to the trash; restoreOrganization brings it back.' })
  deleteOrganization(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.organizations.remove(me, input.id, input.version);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Organization)
  restoreOrganization(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.organizations.restore(me, id);
  }

  @Allow(Action.ManageProtection)
  @Mutation(() => Organization)
  setOrganizationRiskLevel(@Me() me: CurrentUser, @Args('input') input: SetRiskLevelInput) {
    return this.organizations.setRiskLevel(me, input.id, input.version, input.riskLevel);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => OrganizationRelationship)
  addOrganizationRelationship(@Me() me: CurrentUser, @Args('input') input: AddRelationshipInput) {
    return this.organizations.addRelationship(me, input);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => OrganizationRelationship)
  endOrganizationRelationship(@Me() me: CurrentUser, @Args('input') input: EndRecordInput) {
    return this.organizations.endRelationship(me, input.id, input.version, input.endDate);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => OrganizationRelationship)
  deleteOrganizationRelationship(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.organizations.removeRelationship(me, input.id, input.version);
  }

  @Allow(Action.ManageCoreGroup)
  @Mutation(() => CoreGroupMembership)
  addCoreGroupMembership(@Me() me: CurrentUser, @Args('input') input: AddCoreGroupMembershipInput) {
    return this.organizations.addCoreGroupMembership(me, input);
  }

  @Allow(Action.ManageCoreGroup)
  @Mutation(() => CoreGroupMembership)
  endCoreGroupMembership(@Me() me: CurrentUser, @Args('input') input: EndRecordInput) {
    return this.organizations.endCoreGroupMembership(me, input.id, input.version, input.endDate);
  }

  @Allow(Action.ManageCoreGroup)
  @Mutation(() => CoreGroupMembership)
  deleteCoreGroupMembership(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.organizations.removeCoreGroupMembership(me, input.id, input.version);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => OrganizationRelationship, {
    description: 'Back from the trash (needs clearance for both organisations).',
  })
  restoreOrganizationRelationship(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.organizations.restoreRelationship(me, id);
  }

  @Allow(Action.ManageCoreGroup)
  @Mutation(() => CoreGroupMembership, {
    description:
      'Back from the trash, unless a live membership of the organisation overlaps its dates (BAD_USER_INPUT).',
  })
  restoreCoreGroupMembership(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.organizations.restoreCoreGroupMembership(me, id);
  }

  @Allow(Action.ReadRegister)
  @Query(() => OrganizationRelationship, {
    description: 'One relationship, also when in the trash (its history withheld with a protected side).',
  })
  organizationRelationship(@Args('id', { type: () => ID }) id: string) {
    return this.organizations.getRelationship(id);
  }

  @Allow(Action.ReadRegister)
  @Query(() => CoreGroupMembership, { description: 'One Core Group membership, also when in the trash.' })
  coreGroupMembership(@Args('id', { type: () => ID }) id: string) {
    return this.organizations.getCoreGroupMembership(id);
  }

  @Allow(Action.ReadRegister)
  @Query(() => [OrganizationRelationship], {
    description:
      'Relationships in the trash, most recently deleted first; only between organisations you are cleared for.',
  })
  organizationRelationshipsInTrash(@Me() me: CurrentUser, @Args() args: TrashArgs) {
    return this.organizations.relationshipsInTrash(me, args.first);
  }

  @Allow(Action.ReadRegister)
  @Query(() => [CoreGroupMembership], {
    description:
      'Core Group memberships in the trash, most recently deleted first; only of organisations you are cleared for.',
  })
  coreGroupMembershipsInTrash(@Me() me: CurrentUser, @Args() args: TrashArgs) {
    return this.organizations.coreGroupMembershipsInTrash(me, args.first);
  }

  @ResolveField(() => [OrganizationRelationship], {
    nullable: true,
    description: 'Networks, members, partners, funders … with dates. Null when withheld.',
  })
  async relationships(@Parent() org: Organization, @Context() ctx: GraphqlContext) {
    if (org.withheld.length) return null;
    return ctx.loaders.get(relationshipsByOrganization, this.db).load(org.id);
  }

  @ResolveField(() => [CoreGroupMembership], {
    description: "Dated memberships of the Dialogue's Core Group.",
  })
  coreGroupMemberships(@Parent() org: Organization, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(coreGroupMembershipsByOrganization, this.db).load(org.id);
  }

  @ResolveField(() => Boolean, { description: 'A Core Group member today.' })
  async isCoreGroupMember(@Parent() org: Organization, @Context() ctx: GraphqlContext) {
    const memberships = await ctx.loaders.get(coreGroupMembershipsByOrganization, this.db).load(org.id);
    const date = today();
    return memberships.some((m) => m.startDate <= date && (m.endDate === null || m.endDate >= date));
  }
}

@Resolver(() => OrganizationRelationship)
export class OrganizationRelationshipsResolver {
  constructor(
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @Inject(HistoryService) private readonly histories: HistoryService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => Organization)
  source(@Parent() r: OrganizationRelationship, @Context() ctx: GraphqlContext) {
    return this.load(r.sourceId, ctx);
  }

  @ResolveField(() => Organization)
  target(@Parent() r: OrganizationRelationship, @Context() ctx: GraphqlContext) {
    return this.load(r.targetId, ctx);
  }

  @ResolveField(() => HistoryEntryConnection, {
    description:
      'Every change, newest first; every value withheld when you are not cleared for both organisations.',
  })
  async history(
    @Parent() r: OrganizationRelationship,
    @Args() page: PageArgs,
    @Context() ctx: GraphqlContext,
  ) {
    const cleared = await clearedForAll([r.sourceId, r.targetId], ctx, this.db);
    return this.histories.forRecord('organization_relationship', r.id, page, cleared ? [] : 'all');
  }

  private load(id: string, ctx: GraphqlContext): Promise<Organization> {
    return presentOrganization(id, ctx, this.db, this.organizations);
  }
}

@Resolver(() => CoreGroupMembership)
export class CoreGroupMembershipsResolver {
  constructor(
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @Inject(HistoryService) private readonly histories: HistoryService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => Organization)
  organization(@Parent() m: CoreGroupMembership, @Context() ctx: GraphqlContext) {
    return presentOrganization(m.organizationId, ctx, this.db, this.organizations);
  }

  @ResolveField(() => HistoryEntryConnection, {
    description:
      'Every change, newest first; the note withheld when you are not cleared for the organisation.',
  })
  async history(@Parent() m: CoreGroupMembership, @Args() page: PageArgs, @Context() ctx: GraphqlContext) {
    const cleared = await clearedForAll([m.organizationId], ctx, this.db);
    return this.histories.forRecord('core_group_membership', m.id, page, cleared ? [] : ['note']);
  }
}

async function presentOrganization(
  id: string,
  ctx: GraphqlContext,
  db: DataSource,
  organizations: OrganizationsService,
): Promise<Organization> {
  const viewer = await ctx.req.auth;
  const entity = await ctx.loaders.get(organizationById, db).load(id);
  if (!entity || !viewer) throw new Error(`Organisation ${id} of a link is missing`);
  return organizations.present(entity, viewer);
}

/** Whether the viewer may see (cleared or granted) every one of these organisations. */
async function clearedForAll(ids: string[], ctx: GraphqlContext, db: DataSource): Promise<boolean> {
  const viewer = await ctx.req.auth;
  const rows = await Promise.all(ids.map((id) => ctx.loaders.get(organizationById, db).load(id)));
  return !!viewer && rows.every((r) => r && maySee(viewer, r));
}
