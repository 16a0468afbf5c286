import { cycleOf, FollowUpSubjectType, RiskLevel } from '@convene/domain';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { RecordVersionInput } from '../common/common.inputs';
import { PageArgs } from '../common/pagination';
import type { GraphqlContext } from '../graphql/graphql-context';
import { DialogueCycle } from '../dialogues/dialogue.model';
import { allDialogues } from '../engagements/engagements.loader';
import { HistoryEntryConnection } from '../history/history.model';
import { HistoryService } from '../history/history.service';
import { Organization } from '../organizations/organization.model';
import { organizationById } from '../organizations/organizations.loader';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  CreateFollowUpInput,
  FollowUpsArgs,
  ReassignFollowUpInput,
  UpdateFollowUpInput,
} from './dto/follow-up.inputs';
import { FOLLOW_UP_PROTECTED_FIELDS, FollowUp, FollowUpConnection, UserSummary } from './follow-up.model';
import { followUpsByOrganization, userSummaryById } from './follow-ups.loader';
import { FollowUpsService } from './follow-ups.service';

export async function viewerOf(ctx: GraphqlContext): Promise<CurrentUser> {
  const viewer = await ctx.req.auth;
  if (!viewer) throw new Error('A field resolver ran without a signed-in user');
  return viewer;
}

@Resolver(() => FollowUp)
export class FollowUpsResolver {
  constructor(
    @Inject(FollowUpsService) private readonly followUps: FollowUpsService,
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @Inject(HistoryService) private readonly histories: HistoryService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Allow(Action.ReadEngagements)
  @Query(() => FollowUpConnection, {
    name: 'followUps',
    description: 'Follow-ups, soonest due first. The Core Group sees those of its engagements and its own.',
  })
  list(@Me() me: CurrentUser, @Args() args: FollowUpsArgs) {
    return this.followUps.list(me, args);
  }

  @Allow(Action.ReadEngagements)
  @Query(() => FollowUp, { description: 'One follow-up, also when in the trash.' })
  followUp(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.followUps.get(me, id);
  }

  @Allow(Action.LogEngagements)
  @Mutation(() => FollowUp, { description: 'Give exactly one subject: engagementId or organizationId.' })
  createFollowUp(@Me() me: CurrentUser, @Args('input') input: CreateFollowUpInput) {
    return this.followUps.create(me, input);
  }

  @Allow(Action.LogEngagements)
  @Mutation(() => FollowUp)
  updateFollowUp(@Me() me: CurrentUser, @Args('input') input: UpdateFollowUpInput) {
    return this.followUps.update(me, input);
  }

  @Allow(Action.LogEngagements)
  @Mutation(() => FollowUp, { description: 'Status DONE, completedAt now.' })
  completeFollowUp(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.followUps.complete(me, input.id, input.version);
  }

  @Allow(Action.LogEngagements)
  @Mutation(() => FollowUp, { description: 'Status OPEN again, completedAt cleared.' })
  reopenFollowUp(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.followUps.reopen(me, input.id, input.version);
  }

  @Allow(Action.LogEngagements)
  @Mutation(() => FollowUp, { description: 'Gives the follow-up to another (enabled) user.' })
  reassignFollowUp(@Me() me: CurrentUser, @Args('input') input: ReassignFollowUpInput) {
    return this.followUps.reassign(me, input.id, input.version, input.ownerId);
  }

  @Allow(Action.ManageEngagements)
  @Mutation(() => FollowUp, { description: 'Moves it to the trash; restoreFollowUp brings it back.' })
  deleteFollowUp(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.followUps.remove(me, input.id, input.version);
  }

  @Allow(Action.ManageEngagements)
  @Mutation(() => FollowUp)
  restoreFollowUp(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.followUps.restore(me, id);
  }

  @ResolveField(() => UserSummary)
  async owner(@Parent() followUp: FollowUp, @Context() ctx: GraphqlContext): Promise<UserSummary> {
    const owner = await ctx.loaders.get(userSummaryById, this.db).load(followUp.ownerId);
    if (!owner) throw new Error(`Owner ${followUp.ownerId} of a follow-up is missing`);
    return owner;
  }

  @ResolveField(() => Organization, {
    nullable: true,
    description: 'The organisation it follows up (subjectType ORGANIZATION), else null.',
  })
  async organization(@Parent() followUp: FollowUp, @Context() ctx: GraphqlContext) {
    if (followUp.subjectType !== FollowUpSubjectType.ORGANIZATION) return null;
    const entity = await ctx.loaders.get(organizationById, this.db).load(followUp.subjectId);
    return entity ? this.organizations.present(entity, await viewerOf(ctx)) : null;
  }

  @ResolveField(() => DialogueCycle, { description: 'The Dialogue cycle its due date falls in.' })
  async cycle(@Parent() followUp: FollowUp, @Context() ctx: GraphqlContext): Promise<DialogueCycle> {
    return cycleOf(followUp.dueDate, await ctx.loaders.get(allDialogues, this.db).load('all'));
  }

  @ResolveField(() => HistoryEntryConnection, { description: 'Every change, newest first.' })
  history(@Parent() followUp: FollowUp, @Args() page: PageArgs) {
    const withheld = followUp.withheld.length ? FOLLOW_UP_PROTECTED_FIELDS : [];
    return this.histories.forRecord('follow_up', followUp.id, page, withheld);
  }
}

/** An organisation's follow-ups (those about it), soonest due first; withheld with it. */
@Resolver(() => Organization)
export class OrganizationFollowUpsResolver {
  constructor(
    @Inject(FollowUpsService) private readonly service: FollowUpsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => [FollowUp], {
    description: 'Live follow-ups about it, soonest due first (the Core Group sees only its own).',
  })
  async followUps(@Parent() org: Organization, @Context() ctx: GraphqlContext): Promise<FollowUp[]> {
    const viewer = await viewerOf(ctx);
    const rows = await ctx.loaders.get(followUpsByOrganization, this.db).load(org.id);
    const visible = can(viewer, Action.ReadAllEngagements)
      ? rows
      : rows.filter((f) => f.ownerId === viewer.id);
    // Withheld exactly when the organisation is withheld from this viewer (who is then not cleared for HIGH).
    const risk = org.withheld.length ? RiskLevel.HIGH : RiskLevel.STANDARD;
    return visible.map((f) => this.service.present(f, viewer, risk));
  }
}
