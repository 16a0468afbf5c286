import { Inject } from '@nestjs/common';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { InvalidInputError } from '../common/domain-error';
import {
  CoreGroupActivity,
  Dashboard,
  DashboardRepresentation,
  NetworkPath,
  PartnershipNetwork,
  Retention,
  DashboardFilter,
  FollowUpHealth,
  KeyedCount,
  PeriodComparison,
} from './dashboard.model';
import { DashboardService } from './dashboard.service';

/**
 * The partnership dashboard for managers. Those who read every engagement see it (the Core Group sees its own
 * work elsewhere); figures count protected records like any other but never name a person, and counts of
 * organisations below the threshold read "fewer than N".
 */
@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(@Inject(DashboardService) private readonly dashboards: DashboardService) {}

  @Allow(Action.ReadAllEngagements)
  @Query(() => Dashboard, {
    description:
      'The partnership at a glance: by default since the last Dialogue, compared with the cycle before.',
  })
  partnershipDashboard(@Args('filter', { nullable: true }) filter?: DashboardFilter) {
    return this.dashboards.open(filter ?? {});
  }

  @ResolveField(() => PeriodComparison, {
    description:
      'Organisations (of any kind, on any side) that took part in at least one engagement of the period, and of the period before.',
  })
  activePartners(@Parent() d: Dashboard) {
    return this.dashboards.activePartners(d);
  }

  @ResolveField(() => [KeyedCount], {
    description: 'Engagements per month (key YYYY-MM), every month of the period.',
  })
  engagementsByMonth(@Parent() d: Dashboard) {
    return this.dashboards.engagementsByMonth(d);
  }

  @ResolveField(() => [KeyedCount], { description: 'Engagements by type (key: EngagementType).' })
  engagementsByType(@Parent() d: Dashboard) {
    return this.dashboards.engagementsByType(d);
  }

  @ResolveField(() => [KeyedCount], {
    description: 'Engagements by theme key; an engagement on several themes counts under each.',
  })
  engagementsByTheme(@Parent() d: Dashboard) {
    return this.dashboards.engagementsByTheme(d);
  }

  @ResolveField(() => [KeyedCount], {
    description: 'Engagements with at least one organisation of each kind (key: OrganizationKind).',
  })
  engagementsByOrganizationKind(@Parent() d: Dashboard) {
    return this.dashboards.engagementsByOrganizationKind(d);
  }

  @ResolveField(() => [KeyedCount], {
    description:
      'Organisations engaged by country of base (key: ISO alpha-2); suppressed below the threshold.',
  })
  countriesEngaged(@Parent() d: Dashboard) {
    return this.dashboards.countriesEngaged(d);
  }

  @ResolveField(() => [KeyedCount], {
    description:
      'Organisations engaged per M49 sub-region (key: M49 code), every sub-region, fewest first: those at 0 or suppressed are barely reached.',
  })
  subRegionsReached(@Parent() d: Dashboard) {
    return this.dashboards.subRegionsReached(d);
  }

  @ResolveField(() => FollowUpHealth, {
    description:
      'Follow-ups due in the period — in the current cycle, also those due later — about an engagement of the filtered scope when any filter but the dates is set.',
  })
  followUpHealth(@Parent() d: Dashboard) {
    return this.dashboards.followUpHealth(d);
  }

  @ResolveField(() => [KeyedCount], {
    description:
      'Collaborations active at some time in the period, by status (key: CollaborationStatus), in pipeline order.',
  })
  collaborationPipeline(@Parent() d: Dashboard) {
    return this.dashboards.collaborationPipeline(d);
  }

  @ResolveField(() => [KeyedCount], {
    description:
      'The same collaborations by South–South kind: SOUTH_SOUTH, TRIANGULAR, NORTH_SOUTH, UNKNOWN (fewer than two partners with a known base).',
  })
  collaborationKinds(@Parent() d: Dashboard) {
    return this.dashboards.collaborationKinds(d);
  }

  @ResolveField(() => [KeyedCount], {
    description:
      'Recommendations of the Dialogues held by the end of the period, by stage (key: RecommendationStatus).',
  })
  recommendationsByStage(@Parent() d: Dashboard) {
    return this.dashboards.recommendationsByStage(d);
  }

  @ResolveField(() => DashboardRepresentation, {
    description:
      'Representation (Global South, women, youth) among those who attended the Dialogue that opened the period and among people engaged in it; small groups suppressed.',
  })
  representation(@Parent() d: Dashboard) {
    return this.dashboards.representation(d);
  }

  @ResolveField(() => [Retention], {
    description:
      'For the Dialogue that opened the period, then the one that opened the period before: its participants engaged before the next Dialogue, and back at it.',
  })
  retention(@Parent() d: Dashboard) {
    return this.dashboards.retention(d);
  }

  @ResolveField(() => PartnershipNetwork)
  network(
    @Parent() d: Dashboard,
    @Me() me: CurrentUser,
    @Args('first', {
      type: () => Int,
      defaultValue: 80,
      description: 'How many of the most active organisations (at most 300).',
    })
    first: number,
  ) {
    if (!Number.isInteger(first) || first < 1 || first > 300)
      throw InvalidInputError.field('first', 'must be from 1 to 300');
    return this.dashboards.network(d, me, first);
  }

  @ResolveField(() => NetworkPath, {
    nullable: true,
    description:
      'The shortest chain of links from one organisation to another in the network of the period; null when none joins them (or one is not in it).',
  })
  networkPath(
    @Parent() d: Dashboard,
    @Me() me: CurrentUser,
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('toId', { type: () => ID }) toId: string,
  ) {
    return this.dashboards.networkPath(d, me, fromId, toId);
  }

  @ResolveField(() => [CoreGroupActivity], {
    description: 'Each organisation in the Core Group during the period: its engagements and collaborations.',
  })
  coreGroupActivity(@Parent() d: Dashboard) {
    return this.dashboards.coreGroupActivity(d);
  }
}
