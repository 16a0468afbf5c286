import { Inject } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context';
import { viewerOf } from '../follow-ups/follow-ups.resolver';
import { Organization } from '../organizations/organization.model';
import { Person } from '../people/person.model';
import { TimelineArgs, TimelineItemConnection } from './timeline.model';
import { TimelineService } from './timeline.service';

const DESCRIPTION =
  'Engagements it took part in, follow-ups about it and changes to it, newest first; null when withheld from you.';

// The risk level itself is protection data: its changes are blanked for those who do not see risk levels.
const hiddenFields = (record: { riskLevel: unknown; masked?: readonly string[] }) => [
  ...(record.riskLevel === null ? ['riskLevel'] : []),
  // Masked contact details (a protected person's, until revealed) stay masked in the record's changes too.
  ...(record.masked ?? []),
];

@Resolver(() => Organization)
export class OrganizationTimelineResolver {
  constructor(@Inject(TimelineService) private readonly timelines: TimelineService) {}

  @ResolveField(() => TimelineItemConnection, { nullable: true, description: DESCRIPTION })
  async timeline(@Parent() org: Organization, @Args() args: TimelineArgs, @Context() ctx: GraphqlContext) {
    if (org.withheld.length) return null;
    return this.timelines.of(
      await viewerOf(ctx),
      { entityType: 'organization', id: org.id, hiddenFields: hiddenFields(org) },
      args,
    );
  }
}

@Resolver(() => Person)
export class PersonTimelineResolver {
  constructor(@Inject(TimelineService) private readonly timelines: TimelineService) {}

  @ResolveField(() => TimelineItemConnection, { nullable: true, description: DESCRIPTION })
  async timeline(@Parent() person: Person, @Args() args: TimelineArgs, @Context() ctx: GraphqlContext) {
    if (person.withheld.length) return null;
    return this.timelines.of(
      await viewerOf(ctx),
      { entityType: 'person', id: person.id, hiddenFields: hiddenFields(person) },
      args,
    );
  }
}
