import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { GraphqlContext } from '../graphql/graphql-context';
import { groupByKeys } from '../graphql/request-loaders';
import { Organization } from '../organizations/organization.model';
import { Engagement } from './engagement.model';
import { EngagementEntity } from './engagement.entity';
import { EngagementsService } from './engagements.service';

/** How many engagements `recentEngagements` shows; the full list is `engagements(filter: { organizationId })`. */
export const RECENT_ENGAGEMENTS = 5;

/**
 * The newest engagements of each organisation, for a page of organisations in one query (a window function),
 * within what the viewer may read (the Core Group sees only engagements its own organisation takes part in).
 */
const recentEngagementsByOrganization = ({ db, viewer }: { db: DataSource; viewer: CurrentUser }) =>
  new DataLoader<string, EngagementEntity[]>(async (ids) => {
    const scoped = can(viewer, Action.ReadAllEngagements);
    const rows: (EngagementEntity & { organizationId: string })[] = await db
      .getRepository(EngagementEntity)
      .createQueryBuilder('e')
      .innerJoin(
        (sub) =>
          sub
            .select('eo.engagement_id', 'engagement_id')
            .addSelect('eo.organization_id', 'organization_id')
            .addSelect(
              'row_number() OVER (PARTITION BY eo.organization_id ORDER BY x.date DESC, x.id DESC)',
              'n',
            )
            .from('engagement_organizations', 'eo')
            .innerJoin('engagements', 'x', 'x.id = eo.engagement_id AND x.deleted_at IS NULL')
            .where('eo.organization_id IN (:...ids)', { ids })
            .andWhere(
              scoped
                ? 'true'
                : 'EXISTS (SELECT 1 FROM engagement_organizations so WHERE so.engagement_id = x.id AND so.organization_id = :own)',
              { own: viewer.organizationId },
            ),
        'r',
        'r.engagement_id = e.id AND r.n <= :limit',
        { limit: RECENT_ENGAGEMENTS },
      )
      .addSelect('r.organization_id', 'r_organization_id')
      .orderBy('e.date', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .getRawAndEntities()
      .then(({ raw, entities }) => {
        const orgOf = new Map<string, string[]>();
        for (const r of raw as { e_id: string; r_organization_id: string }[]) {
          orgOf.set(r.e_id, [...(orgOf.get(r.e_id) ?? []), r.r_organization_id]);
        }
        return entities.flatMap((e) =>
          (orgOf.get(e.id) ?? []).map((organizationId) => ({ ...e, organizationId })),
        );
      });
    return groupByKeys(ids, rows, (r) => r.organizationId);
  });

@Resolver(() => Organization)
export class OrganizationEngagementsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EngagementsService) private readonly engagements: EngagementsService,
  ) {}

  @ResolveField(() => [Engagement], {
    nullable: true,
    description: `The ${RECENT_ENGAGEMENTS} newest engagements it took part in (all: engagements(filter: { organizationId })); null when withheld.`,
  })
  async recentEngagements(
    @Parent() org: Organization,
    @Context() ctx: GraphqlContext,
  ): Promise<Engagement[] | null> {
    if (org.withheld.length) return null;
    const viewer = await ctx.req.auth;
    if (!viewer) return null;
    const rows = await ctx.loaders.get(recentEngagementsByOrganization, { db: this.db, viewer }).load(org.id);
    return rows.map((e) => this.engagements.present(e));
  }
}
