import { maySee } from '@convene/domain';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { RecordVersionInput } from '../common/common.inputs';
import { PageArgs, TrashArgs } from '../common/pagination';
import { viewerOf } from '../follow-ups/follow-ups.resolver';
import type { GraphqlContext } from '../graphql/graphql-context';
import { HistoryEntryConnection } from '../history/history.model';
import { HistoryService } from '../history/history.service';
import { Organization } from '../organizations/organization.model';
import { organizationById } from '../organizations/organizations.loader';
import { OrganizationsService } from '../organizations/organizations.service';
import { personById } from '../people/people.loader';
import { PeopleService } from '../people/people.service';
import { Person } from '../people/person.model';
import { Dialogue, DialogueSession, Participation, ParticipationConnection } from './dialogue.model';
import {
  dialogueById,
  participationsByOrganization,
  participationsByPerson,
  sessionsByParticipation,
} from './dialogues.loader';
import { DialoguesService } from './dialogues.service';
import {
  CreateParticipationInput,
  ParticipationsArgs,
  SetParticipationStatusInput,
  UpdateParticipationInput,
} from './dto/dialogue.inputs';
import { ParticipationsService } from './participations.service';

@Resolver(() => Participation)
export class ParticipationsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ParticipationsService) private readonly participations: ParticipationsService,
    @Inject(DialoguesService) private readonly dialogues: DialoguesService,
    @Inject(PeopleService) private readonly people: PeopleService,
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @Inject(HistoryService) private readonly histories: HistoryService,
  ) {}

  @Allow(Action.ReadRegister)
  @Query(() => ParticipationConnection, {
    name: 'participations',
    description:
      'A Dialogue’s participants: people you may see by name (A–Z), then withheld people. Counts include everyone; a text search only matches people you may see.',
  })
  list(@Me() me: CurrentUser, @Args() args: ParticipationsArgs) {
    return this.participations.list(me, args);
  }

  @Allow(Action.ReadRegister)
  @Query(() => Participation, { description: 'One participation, also when in the trash.' })
  participation(@Args('id', { type: () => ID }) id: string) {
    return this.participations.get(id);
  }

  @Allow(Action.ReadRegister)
  @Query(() => [Participation], {
    description:
      'Participations in the trash, of every Dialogue, most recently deleted first; only of people (and organisations represented) you are cleared for.',
  })
  participationsInTrash(@Me() me: CurrentUser, @Args() args: TrashArgs) {
    return this.participations.inTrash(me, args.first);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => Participation, {
    description:
      'Adds a person to a Dialogue (once: a second live participation is BAD_USER_INPUT on personId).',
  })
  createParticipation(@Me() me: CurrentUser, @Args('input') input: CreateParticipationInput) {
    return this.participations.create(me, input);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => Participation)
  updateParticipation(@Me() me: CurrentUser, @Args('input') input: UpdateParticipationInput) {
    return this.participations.update(me, input);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => Participation, { description: 'Invited → registered → attended, or declined …' })
  setParticipationStatus(@Me() me: CurrentUser, @Args('input') input: SetParticipationStatusInput) {
    return this.participations.setStatus(me, input.id, input.version, input.status);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => Participation, {
    description: 'Moves it to the trash; restoreParticipation brings it back.',
  })
  deleteParticipation(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.participations.remove(me, input.id, input.version);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => Participation)
  restoreParticipation(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.participations.restore(me, id);
  }

  @ResolveField(() => Dialogue)
  async dialogue(@Parent() p: Participation, @Context() ctx: GraphqlContext): Promise<Dialogue> {
    const dialogue = await ctx.loaders.get(dialogueById, this.db).load(p.dialogueId);
    if (!dialogue) throw new Error(`Dialogue ${p.dialogueId} of a participation is missing`);
    return this.dialogues.present(dialogue);
  }

  @ResolveField(() => Person, { description: 'Withheld when protected and you are not cleared.' })
  async person(@Parent() p: Participation, @Context() ctx: GraphqlContext): Promise<Person> {
    const entity = await ctx.loaders.get(personById, this.db).load(p.personId);
    if (!entity) throw new Error(`Person ${p.personId} of a participation is missing`);
    return this.people.present(entity, await viewerOf(ctx));
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The organisation they represented.' })
  async organization(
    @Parent() p: Participation,
    @Context() ctx: GraphqlContext,
  ): Promise<Organization | null> {
    if (!p.organizationId) return null;
    const entity = await ctx.loaders.get(organizationById, this.db).load(p.organizationId);
    return entity ? this.organizations.present(entity, await viewerOf(ctx)) : null;
  }

  @ResolveField(() => [DialogueSession], { description: 'Sessions they spoke at.' })
  sessions(@Parent() p: Participation, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(sessionsByParticipation, this.db).load(p.id);
  }

  @ResolveField(() => HistoryEntryConnection, {
    description: 'Every change, newest first; every value withheld when the person is withheld from you.',
  })
  async history(@Parent() p: Participation, @Args() page: PageArgs, @Context() ctx: GraphqlContext) {
    const person = await ctx.loaders.get(personById, this.db).load(p.personId);
    const viewer = await viewerOf(ctx);
    const cleared = !!person && maySee(viewer, person);
    return this.histories.forRecord('dialogue_participation', p.id, page, cleared ? [] : 'all');
  }
}

/** A person's Dialogues. */
@Resolver(() => Person)
export class PersonParticipationsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => [Participation], {
    nullable: true,
    description: 'The Dialogues they took part in (or were invited to), newest first; null when withheld.',
  })
  participations(@Parent() person: Person, @Context() ctx: GraphqlContext) {
    if (person.withheld.length) return null;
    return ctx.loaders.get(participationsByPerson, this.db).load(person.id);
  }
}

/** The people who represented an organisation at Dialogues; protected people appear withheld. */
@Resolver(() => Organization)
export class OrganizationParticipationsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => [Participation], {
    nullable: true,
    description:
      'Participations of people who represented it at Dialogues, newest Dialogue first; null when withheld.',
  })
  participations(@Parent() org: Organization, @Context() ctx: GraphqlContext) {
    if (org.withheld.length) return null;
    return ctx.loaders.get(participationsByOrganization, this.db).load(org.id);
  }
}
