import { cycleOf, FollowUpSubjectType } from '@convene/domain';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import { RecordVersionInput } from '../common/common.inputs';
import { PageArgs } from '../common/pagination';
import type { CurrentUser } from '../auth/current-user';
import { DialogueCycle } from '../dialogues/dialogue.model';
import { FollowUp, UserSummary } from '../follow-ups/follow-up.model';
import { followUpsByEngagement, userSummaryById } from '../follow-ups/follow-ups.loader';
import { viewerOf } from '../follow-ups/follow-ups.resolver';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import type { GraphqlContext } from '../graphql/graphql-context';
import { HistoryEntryConnection } from '../history/history.model';
import { HistoryService } from '../history/history.service';
import { Organization } from '../organizations/organization.model';
import { organizationById } from '../organizations/organizations.loader';
import { OrganizationsService } from '../organizations/organizations.service';
import { personById } from '../people/people.loader';
import { PeopleService } from '../people/people.service';
import { Person } from '../people/person.model';
import { CreateEngagementInput, EngagementsArgs, UpdateEngagementInput } from './dto/engagement.inputs';
import {
  Engagement,
  EngagementConnection,
  EngagementOrganization,
  EngagementPerson,
} from './engagement.model';
import {
  allDialogues,
  engagementById,
  organizationParticipantsByEngagement,
  personParticipantsByEngagement,
  staffByEngagement,
} from './engagements.loader';
import { EngagementsService } from './engagements.service';

@Resolver(() => Engagement)
export class EngagementsResolver {
  constructor(
    @Inject(EngagementsService) private readonly engagements: EngagementsService,
    @Inject(FollowUpsService) private readonly followUpsService: FollowUpsService,
    @Inject(HistoryService) private readonly histories: HistoryService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Allow(Action.ReadEngagements)
  @Query(() => EngagementConnection, {
    name: 'engagements',
    description: 'Engagements, newest first. The Core Group sees those its organisation takes part in.',
  })
  list(@Me() me: CurrentUser, @Args() args: EngagementsArgs) {
    return this.engagements.list(me, args);
  }

  @Allow(Action.ReadEngagements)
  @Query(() => Engagement, { description: 'One engagement, also when in the trash.' })
  engagement(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.engagements.get(me, id);
  }

  @Allow(Action.LogEngagements)
  @Mutation(() => Engagement, {
    description: 'Logs an engagement with its participants, staff and follow-ups: all or nothing.',
  })
  createEngagement(@Me() me: CurrentUser, @Args('input') input: CreateEngagementInput) {
    return this.engagements.create(me, input);
  }

  @Allow(Action.LogEngagements)
  @Mutation(() => Engagement)
  updateEngagement(@Me() me: CurrentUser, @Args('input') input: UpdateEngagementInput) {
    return this.engagements.update(me, input);
  }

  @Allow(Action.ManageEngagements)
  @Mutation(() => Engagement, { description: 'Moves it to the trash; restoreEngagement brings it back.' })
  deleteEngagement(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.engagements.remove(me, input.id, input.version);
  }

  @Allow(Action.ManageEngagements)
  @Mutation(() => Engagement)
  restoreEngagement(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.engagements.restore(me, id);
  }

  @ResolveField(() => DialogueCycle, { description: 'The Dialogue cycle its date falls in.' })
  async cycle(@Parent() engagement: Engagement, @Context() ctx: GraphqlContext): Promise<DialogueCycle> {
    return cycleOf(engagement.date, await ctx.loaders.get(allDialogues, this.db).load('all'));
  }

  @ResolveField(() => [EngagementOrganization], { description: 'Organisations taking part, by side.' })
  async organizations(@Parent() engagement: Engagement, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(organizationParticipantsByEngagement, this.db).load(engagement.id);
  }

  @ResolveField(() => [EngagementPerson], {
    description: 'People taking part, by side; protected people appear withheld.',
  })
  async people(@Parent() engagement: Engagement, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(personParticipantsByEngagement, this.db).load(engagement.id);
  }

  @ResolveField(() => [UserSummary], { description: 'The DPPA staff involved.' })
  async staff(@Parent() engagement: Engagement, @Context() ctx: GraphqlContext): Promise<UserSummary[]> {
    const rows = await ctx.loaders.get(staffByEngagement, this.db).load(engagement.id);
    const users = await ctx.loaders.get(userSummaryById, this.db).loadMany(rows.map((r) => r.userId));
    return users.flatMap((u) => (u && !(u instanceof Error) ? [u] : []));
  }

  @ResolveField(() => [FollowUp], { description: 'Its live follow-ups, soonest due first.' })
  async followUps(@Parent() engagement: Engagement, @Context() ctx: GraphqlContext): Promise<FollowUp[]> {
    const viewer = await viewerOf(ctx);
    const rows = await ctx.loaders.get(followUpsByEngagement, this.db).load(engagement.id);
    return rows.map((f) => this.followUpsService.present(f, viewer));
  }

  @ResolveField(() => HistoryEntryConnection, { description: 'Every change, newest first.' })
  history(@Parent() engagement: Engagement, @Args() page: PageArgs) {
    return this.histories.forRecord('engagement', engagement.id, page, []);
  }
}

@Resolver(() => EngagementOrganization)
export class EngagementOrganizationsResolver {
  constructor(
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => Organization)
  async organization(
    @Parent() p: EngagementOrganization,
    @Context() ctx: GraphqlContext,
  ): Promise<Organization> {
    const entity = await ctx.loaders.get(organizationById, this.db).load(p.organizationId);
    if (!entity) throw new Error(`Organisation ${p.organizationId} of an engagement is missing`);
    return this.organizations.present(entity, await viewerOf(ctx));
  }
}

@Resolver(() => EngagementPerson)
export class EngagementPeopleResolver {
  constructor(
    @Inject(PeopleService) private readonly people: PeopleService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => Person, { description: 'Withheld when protected and you are not cleared.' })
  async person(@Parent() p: EngagementPerson, @Context() ctx: GraphqlContext): Promise<Person> {
    const entity = await ctx.loaders.get(personById, this.db).load(p.personId);
    if (!entity) throw new Error(`Person ${p.personId} of an engagement is missing`);
    return this.people.present(entity, await viewerOf(ctx));
  }
}

/** The engagement a follow-up follows up. */
@Resolver(() => FollowUp)
export class FollowUpEngagementResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Engagement, {
    nullable: true,
    description:
      'The engagement it follows up (subjectType ENGAGEMENT), else null; null too for the Core Group when its organisation was not part of it.',
  })
  async engagement(@Parent() followUp: FollowUp, @Context() ctx: GraphqlContext): Promise<Engagement | null> {
    if (followUp.subjectType !== FollowUpSubjectType.ENGAGEMENT) return null;
    const viewer = await viewerOf(ctx);
    if (!can(viewer, Action.ReadAllEngagements)) {
      const participants = await ctx.loaders
        .get(organizationParticipantsByEngagement, this.db)
        .load(followUp.subjectId);
      if (!participants.some((p) => p.organizationId === viewer.organizationId)) return null;
    }
    return ctx.loaders.get(engagementById, this.db).load(followUp.subjectId);
  }
}
