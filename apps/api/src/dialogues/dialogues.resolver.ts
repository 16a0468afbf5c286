import { cycleOf, cyclesOf } from '@convene/domain';
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
import { DialogueEntity } from './dialogue.entity';
import { Dialogue, DialogueCycle, DialogueRepresentation, DialogueSession } from './dialogue.model';
import { dialogueById, representationByDialogue, sessionsByDialogue } from './dialogues.loader';
import { DialoguesService } from './dialogues.service';
import {
  CreateDialogueInput,
  CreateSessionInput,
  DialoguesArgs,
  UpdateDialogueInput,
  UpdateSessionInput,
} from './dto/dialogue.inputs';

@Resolver(() => Dialogue)
export class DialoguesResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DialoguesService) private readonly service: DialoguesService,
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @Inject(HistoryService) private readonly histories: HistoryService,
  ) {}

  @Allow(Action.ReadRegister)
  @Query(() => [Dialogue], { description: 'Every Dialogue, newest first.' })
  dialogues(@Args() args: DialoguesArgs) {
    return this.service.list(args.trash);
  }

  @Allow(Action.ReadRegister)
  @Query(() => Dialogue, { description: 'One Dialogue, also when in the trash.' })
  dialogue(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
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

  @Allow(Action.ManageDialogues)
  @Mutation(() => Dialogue, { description: 'Adds a Dialogue; the cycles follow from its dates.' })
  createDialogue(@Me() me: CurrentUser, @Args('input') input: CreateDialogueInput) {
    return this.service.create(me, input);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => Dialogue)
  updateDialogue(@Me() me: CurrentUser, @Args('input') input: UpdateDialogueInput) {
    return this.service.update(me, input);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => Dialogue, { description: 'Moves it to the trash; restoreDialogue brings it back.' })
  deleteDialogue(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.service.remove(me, input.id, input.version);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => Dialogue)
  restoreDialogue(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.restore(me, id);
  }

  @ResolveField(() => [Organization])
  async coChairs(@Parent() dialogue: Dialogue, @Context() ctx: GraphqlContext): Promise<Organization[]> {
    const viewer = await viewerOf(ctx);
    const rows = await ctx.loaders.get(organizationById, this.db).loadMany(dialogue.coChairIds);
    return rows.flatMap((row) =>
      row && !(row instanceof Error) ? [this.organizations.present(row, viewer)] : [],
    );
  }

  @ResolveField(() => [DialogueSession], { description: 'Its programme: live sessions by day and position.' })
  sessions(@Parent() dialogue: Dialogue, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(sessionsByDialogue, this.db).load(dialogue.id);
  }

  @ResolveField(() => DialogueRepresentation, {
    description:
      'Who took part, in aggregate (Global South, regions, women, youth, kinds of organisation, who came back); small groups suppressed.',
  })
  representation(@Parent() dialogue: Dialogue, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(representationByDialogue, this.db).load(dialogue.id);
  }

  @ResolveField(() => HistoryEntryConnection, { description: 'Every change, newest first.' })
  history(@Parent() dialogue: Dialogue, @Args() page: PageArgs) {
    return this.histories.forRecord('dialogue', dialogue.id, page, []);
  }
}

@Resolver(() => DialogueSession)
export class DialogueSessionsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DialoguesService) private readonly dialogues: DialoguesService,
    @Inject(HistoryService) private readonly histories: HistoryService,
  ) {}

  @Allow(Action.ReadRegister)
  @Query(() => DialogueSession, { description: 'One session of a Dialogue, also when in the trash.' })
  dialogueSession(@Args('id', { type: () => ID }) id: string) {
    return this.dialogues.getSession(id);
  }

  @Allow(Action.ReadRegister)
  @Query(() => [DialogueSession], {
    description: 'Sessions in the trash, of every Dialogue, most recently deleted first.',
  })
  dialogueSessionsInTrash(@Args() args: TrashArgs) {
    return this.dialogues.sessionsInTrash(args.first);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => DialogueSession)
  createDialogueSession(@Me() me: CurrentUser, @Args('input') input: CreateSessionInput) {
    return this.dialogues.createSession(me, input);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => DialogueSession)
  updateDialogueSession(@Me() me: CurrentUser, @Args('input') input: UpdateSessionInput) {
    return this.dialogues.updateSession(me, input);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => DialogueSession, {
    description: 'Moves it to the trash; restoreDialogueSession brings it back.',
  })
  deleteDialogueSession(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.dialogues.removeSession(me, input.id, input.version);
  }

  @Allow(Action.ManageDialogues)
  @Mutation(() => DialogueSession)
  restoreDialogueSession(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.dialogues.restoreSession(me, id);
  }

  @ResolveField(() => Dialogue)
  async dialogue(@Parent() session: DialogueSession, @Context() ctx: GraphqlContext): Promise<Dialogue> {
    const dialogue = await ctx.loaders.get(dialogueById, this.db).load(session.dialogueId);
    if (!dialogue) throw new Error(`Dialogue ${session.dialogueId} of a session is missing`);
    return this.dialogues.present(dialogue);
  }

  @ResolveField(() => HistoryEntryConnection, { description: 'Every change, newest first.' })
  history(@Parent() session: DialogueSession, @Args() page: PageArgs) {
    return this.histories.forRecord('dialogue_session', session.id, page, []);
  }
}
