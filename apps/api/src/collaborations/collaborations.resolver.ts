import { cycleOf, FollowUpSubjectType, maySee, southSouthOf, SouthSouthKind } from '@convene/domain';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { RecordVersionInput } from '../common/common.inputs';
import { PageArgs } from '../common/pagination';
import { DialogueCycle } from '../dialogues/dialogue.model';
import { allDialogues } from '../engagements/engagements.loader';
import { FollowUp } from '../follow-ups/follow-up.model';
import { followUpsByCollaboration } from '../follow-ups/follow-ups.loader';
import { viewerOf } from '../follow-ups/follow-ups.resolver';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import type { GraphqlContext } from '../graphql/graphql-context';
import { HistoryEntryConnection } from '../history/history.model';
import { HistoryService } from '../history/history.service';
import { Organization } from '../organizations/organization.model';
import { organizationById } from '../organizations/organizations.loader';
import { OrganizationsService } from '../organizations/organizations.service';
import { Collaboration, CollaborationConnection, CollaborationPartner } from './collaboration.model';
import { collaborationById, globalSouthCodes, partnersByCollaboration } from './collaborations.loader';
import { CollaborationsService } from './collaborations.service';
import {
  CollaborationsArgs,
  CreateCollaborationInput,
  SetCollaborationStatusInput,
  UpdateCollaborationInput,
} from './dto/collaboration.inputs';

@Resolver(() => Collaboration)
export class CollaborationsResolver {
  constructor(
    @Inject(CollaborationsService) private readonly collaborations: CollaborationsService,
    @Inject(FollowUpsService) private readonly followUpsService: FollowUpsService,
    @Inject(HistoryService) private readonly histories: HistoryService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Allow(Action.ReadCollaborations)
  @Query(() => CollaborationConnection, {
    name: 'collaborations',
    description: 'Collaborations, newest first. The Core Group sees those its organisation is a partner of.',
  })
  list(@Me() me: CurrentUser, @Args() args: CollaborationsArgs) {
    return this.collaborations.list(me, args);
  }

  @Allow(Action.ReadCollaborations)
  @Query(() => Collaboration, { description: 'One collaboration, also when in the trash.' })
  collaboration(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.collaborations.get(me, id);
  }

  @Allow(Action.LogCollaborations)
  @Mutation(() => Collaboration, { description: 'A collaboration with its partners: all or nothing.' })
  createCollaboration(@Me() me: CurrentUser, @Args('input') input: CreateCollaborationInput) {
    return this.collaborations.create(me, input);
  }

  @Allow(Action.LogCollaborations)
  @Mutation(() => Collaboration)
  updateCollaboration(@Me() me: CurrentUser, @Args('input') input: UpdateCollaborationInput) {
    return this.collaborations.update(me, input);
  }

  @Allow(Action.LogCollaborations)
  @Mutation(() => Collaboration, {
    description: 'Moves it along IDEA → PLANNED → ACTIVE → COMPLETED, or DROPPED.',
  })
  setCollaborationStatus(@Me() me: CurrentUser, @Args('input') input: SetCollaborationStatusInput) {
    return this.collaborations.setStatus(me, input.id, input.version, input.status);
  }

  @Allow(Action.ManageCollaborations)
  @Mutation(() => Collaboration, {
    description: 'Moves it to the trash; restoreCollaboration brings it back.',
  })
  deleteCollaboration(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.collaborations.remove(me, input.id, input.version);
  }

  @Allow(Action.ManageCollaborations)
  @Mutation(() => Collaboration)
  restoreCollaboration(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.collaborations.restore(me, id);
  }

  @ResolveField(() => DialogueCycle, {
    description: 'The Dialogue cycle its start date (else its creation date) falls in.',
  })
  async cycle(@Parent() c: Collaboration, @Context() ctx: GraphqlContext): Promise<DialogueCycle> {
    const day = c.startDate ?? c.createdAt.toISOString().slice(0, 10);
    return cycleOf(day, await ctx.loaders.get(allDialogues, this.db).load('all'));
  }

  @ResolveField(() => [CollaborationPartner], { description: 'Partners: lead, partners, funders.' })
  partners(@Parent() c: Collaboration, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(partnersByCollaboration, this.db).load(c.id);
  }

  @ResolveField(() => SouthSouthKind, {
    nullable: true,
    description:
      'SOUTH_SOUTH: every partner based in a developing country; TRIANGULAR: at least two such partners plus a developed-country or UN partner; otherwise NORTH_SOUTH; null when fewer than two partners have a known country or are UN entities. Under the active Global South classification, from each partner’s country of base; partners withheld from you do not count.',
  })
  async southSouth(
    @Parent() c: Collaboration,
    @Context() ctx: GraphqlContext,
  ): Promise<SouthSouthKind | null> {
    const [partners, south] = await Promise.all([
      ctx.loaders.get(partnersByCollaboration, this.db).load(c.id),
      ctx.loaders.get(globalSouthCodes, this.db).load('all'),
    ]);
    const organizations = await ctx.loaders
      .get(organizationById, this.db)
      .loadMany(partners.map((p) => p.organizationId));
    // Only partners the viewer may see count: the kind must not reveal where a withheld partner is based.
    const viewer = await viewerOf(ctx);
    const bases = organizations.flatMap((o) =>
      o && !(o instanceof Error) && maySee(viewer, o) ? [{ kind: o.kind, countryCode: o.countryCode }] : [],
    );
    return southSouthOf(bases, south);
  }

  @ResolveField(() => [FollowUp], { description: 'Its live follow-ups, soonest due first.' })
  async followUps(@Parent() c: Collaboration, @Context() ctx: GraphqlContext): Promise<FollowUp[]> {
    const viewer = await viewerOf(ctx);
    const rows = await ctx.loaders.get(followUpsByCollaboration, this.db).load(c.id);
    return rows.map((f) => this.followUpsService.present(f, viewer));
  }

  @ResolveField(() => HistoryEntryConnection, { description: 'Every change, newest first.' })
  history(@Parent() c: Collaboration, @Args() page: PageArgs) {
    return this.histories.forRecord('collaboration', c.id, page, []);
  }
}

@Resolver(() => CollaborationPartner)
export class CollaborationPartnersResolver {
  constructor(
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => Organization, { description: 'Withheld when protected and you are not cleared.' })
  async organization(
    @Parent() p: CollaborationPartner,
    @Context() ctx: GraphqlContext,
  ): Promise<Organization> {
    const entity = await ctx.loaders.get(organizationById, this.db).load(p.organizationId);
    if (!entity) throw new Error(`Organisation ${p.organizationId} of a collaboration is missing`);
    return this.organizations.present(entity, await viewerOf(ctx));
  }
}

/** The collaboration a follow-up follows up. */
@Resolver(() => FollowUp)
export class FollowUpCollaborationResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Collaboration, {
    nullable: true,
    description:
      'The collaboration it follows up (subjectType COLLABORATION), else null; null too for the Core Group when its organisation is not a partner.',
  })
  async collaboration(
    @Parent() followUp: FollowUp,
    @Context() ctx: GraphqlContext,
  ): Promise<Collaboration | null> {
    if (followUp.subjectType !== FollowUpSubjectType.COLLABORATION) return null;
    const viewer = await viewerOf(ctx);
    if (!can(viewer, Action.ReadAllCollaborations)) {
      const partners = await ctx.loaders.get(partnersByCollaboration, this.db).load(followUp.subjectId);
      if (!partners.some((p) => p.organizationId === viewer.organizationId)) return null;
    }
    return ctx.loaders.get(collaborationById, this.db).load(followUp.subjectId);
  }
}
