import { cycleOf, cyclesOf } from '@convene/domain';
import { Inject } from '@nestjs/common';
import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action } from '../auth/access-policy';
import { Allow } from '../auth/access.decorators';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Organization } from '../organizations/organization.model';
import { organizationById } from '../organizations/organizations.loader';
import { OrganizationsService } from '../organizations/organizations.service';
import { DialogueEntity } from './dialogue.entity';
import { Dialogue, DialogueCycle } from './dialogue.model';

@Resolver(() => Dialogue)
export class DialoguesResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
  ) {}

  @Allow(Action.ReadRegister)
  @Query(() => [Dialogue], { description: 'Every Dialogue, newest first.' })
  dialogues() {
    return this.db.getRepository(DialogueEntity).find({ order: { number: 'DESC' } });
  }

  @Allow(Action.ReadRegister)
  @Query(() => [DialogueCycle], { description: 'The cycles between Dialogues, oldest first.' })
  async dialogueCycles() {
    return cyclesOf(await this.db.getRepository(DialogueEntity).find());
  }

  @Allow(Action.ReadRegister)
  @Query(() => DialogueCycle, { description: 'The cycle today falls in: "since the last Dialogue".' })
  async currentCycle() {
    return cycleOf(new Date().toISOString().slice(0, 10), await this.db.getRepository(DialogueEntity).find());
  }

  @ResolveField(() => [Organization])
  async coChairs(@Parent() dialogue: Dialogue, @Context() ctx: GraphqlContext): Promise<Organization[]> {
    const viewer = await ctx.req.auth;
    const loader = ctx.loaders.get(organizationById, this.db);
    const rows = await loader.loadMany(dialogue.coChairIds);
    return rows.flatMap((row) =>
      row && !(row instanceof Error) && viewer ? [this.organizations.present(row, viewer)] : [],
    );
  }
}
