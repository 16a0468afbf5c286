import { FollowUpSubjectType } from '@convene/domain';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { RecordVersionInput } from '../common/common.inputs';
import { PageArgs } from '../common/pagination';
import { Dialogue } from '../dialogues/dialogue.model';
import { FollowUp } from '../follow-ups/follow-up.model';
import { followUpsByRecommendation } from '../follow-ups/follow-ups.loader';
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
import {
  CreateRecommendationInput,
  RecommendationsArgs,
  SetRecommendationStatusInput,
  UpdateRecommendationInput,
} from './dto/recommendation.inputs';
import { Recommendation, RecommendationConnection } from './recommendation.model';
import {
  dialogueById,
  organizationsByRecommendation,
  peopleByRecommendation,
  recommendationById,
} from './recommendations.loader';
import { RecommendationsService } from './recommendations.service';

@Resolver(() => Recommendation)
export class RecommendationsResolver {
  constructor(
    @Inject(RecommendationsService) private readonly recommendations: RecommendationsService,
    @Inject(FollowUpsService) private readonly followUpsService: FollowUpsService,
    @Inject(HistoryService) private readonly histories: HistoryService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Allow(Action.ReadRecommendations)
  @Query(() => RecommendationConnection, {
    name: 'recommendations',
    description:
      'Dialogue recommendations, newest first. What made it into a final text: filter by dialogueId, policyProcesses and statuses [IN_FINAL_TEXT, IMPLEMENTED].',
  })
  list(@Args() args: RecommendationsArgs) {
    return this.recommendations.list(args);
  }

  @Allow(Action.ReadRecommendations)
  @Query(() => Recommendation, { description: 'One recommendation, also when in the trash.' })
  recommendation(@Args('id', { type: () => ID }) id: string) {
    return this.recommendations.get(id);
  }

  @Allow(Action.ManageRecommendations)
  @Mutation(() => Recommendation)
  createRecommendation(@Me() me: CurrentUser, @Args('input') input: CreateRecommendationInput) {
    return this.recommendations.create(me, input);
  }

  @Allow(Action.ManageRecommendations)
  @Mutation(() => Recommendation)
  updateRecommendation(@Me() me: CurrentUser, @Args('input') input: UpdateRecommendationInput) {
    return this.recommendations.update(me, input);
  }

  @Allow(Action.ManageRecommendations)
  @Mutation(() => Recommendation, {
    description:
      'SUBMITTED → ACKNOWLEDGED → REFLECTED_IN_DRAFT → IN_FINAL_TEXT → IMPLEMENTED, or NOT_TAKEN_UP; from REFLECTED_IN_DRAFT on, at least one evidence entry (BAD_USER_INPUT naming `evidence` otherwise).',
  })
  setRecommendationStatus(@Me() me: CurrentUser, @Args('input') input: SetRecommendationStatusInput) {
    return this.recommendations.setStatus(me, input.id, input.version, input.status, input.evidence);
  }

  @Allow(Action.ManageRecommendations)
  @Mutation(() => Recommendation, {
    description: 'Moves it to the trash; restoreRecommendation brings it back.',
  })
  deleteRecommendation(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.recommendations.remove(me, input.id, input.version);
  }

  @Allow(Action.ManageRecommendations)
  @Mutation(() => Recommendation)
  restoreRecommendation(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.recommendations.restore(me, id);
  }

  @ResolveField(() => Dialogue, { description: 'The Dialogue it came from (also when in the trash).' })
  async dialogue(@Parent() r: Recommendation, @Context() ctx: GraphqlContext) {
    const dialogue = await ctx.loaders.get(dialogueById, this.db).load(r.dialogueId);
    if (!dialogue) throw new Error(`Dialogue ${r.dialogueId} of a recommendation is missing`);
    return dialogue;
  }

  @ResolveField(() => [FollowUp], { description: 'Its live follow-ups, soonest due first.' })
  async followUps(@Parent() r: Recommendation, @Context() ctx: GraphqlContext): Promise<FollowUp[]> {
    const viewer = await viewerOf(ctx);
    const rows = await ctx.loaders.get(followUpsByRecommendation, this.db).load(r.id);
    return rows.map((f) => this.followUpsService.present(f, viewer));
  }

  @ResolveField(() => HistoryEntryConnection, { description: 'Every change, newest first.' })
  history(@Parent() r: Recommendation, @Args() page: PageArgs) {
    return this.histories.forRecord('recommendation', r.id, page, []);
  }
}

@Resolver(() => Recommendation)
export class RecommendationOrganizationsResolver {
  constructor(
    @Inject(OrganizationsService) private readonly organizationsService: OrganizationsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => [Organization], {
    description: 'Organisations that contributed; withheld when protected and you are not cleared.',
  })
  async organizations(@Parent() r: Recommendation, @Context() ctx: GraphqlContext): Promise<Organization[]> {
    const rows = await ctx.loaders.get(organizationsByRecommendation, this.db).load(r.id);
    const entities = await ctx.loaders
      .get(organizationById, this.db)
      .loadMany(rows.map((x) => x.organizationId));
    const viewer = await viewerOf(ctx);
    return entities.flatMap((o) =>
      o && !(o instanceof Error) ? [this.organizationsService.present(o, viewer)] : [],
    );
  }
}

@Resolver(() => Recommendation)
export class RecommendationPeopleResolver {
  constructor(
    @Inject(PeopleService) private readonly peopleService: PeopleService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => [Person], {
    description: 'People who contributed; withheld when protected and you are not cleared.',
  })
  async people(@Parent() r: Recommendation, @Context() ctx: GraphqlContext): Promise<Person[]> {
    const rows = await ctx.loaders.get(peopleByRecommendation, this.db).load(r.id);
    const entities = await ctx.loaders.get(personById, this.db).loadMany(rows.map((x) => x.personId));
    const viewer = await viewerOf(ctx);
    return entities.flatMap((p) =>
      p && !(p instanceof Error) ? [this.peopleService.present(p, viewer)] : [],
    );
  }
}

/** The recommendation a follow-up follows up. */
@Resolver(() => FollowUp)
export class FollowUpRecommendationResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Recommendation, {
    nullable: true,
    description: 'The recommendation it follows up (subjectType RECOMMENDATION), else null.',
  })
  async recommendation(
    @Parent() followUp: FollowUp,
    @Context() ctx: GraphqlContext,
  ): Promise<Recommendation | null> {
    if (followUp.subjectType !== FollowUpSubjectType.RECOMMENDATION) return null;
    return ctx.loaders.get(recommendationById, this.db).load(followUp.subjectId);
  }
}
