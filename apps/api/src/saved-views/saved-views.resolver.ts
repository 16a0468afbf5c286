import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { RecordVersionInput } from '../common/common.inputs';
import { SavedViewsArgs } from './dto/saved-views.args';
import { CreateSavedViewInput, UpdateSavedViewInput } from './dto/saved-view.inputs';
import { SavedView } from './saved-view.model';
import { SavedViewsService } from './saved-views.service';

/** Every operation acts on the signed-in user's own views only. */
@Resolver(() => SavedView)
export class SavedViewsResolver {
  constructor(@Inject(SavedViewsService) private readonly views: SavedViewsService) {}

  @Allow(Action.ReadRegister)
  @Query(() => [SavedView], { description: 'Your saved views of a list, by name (at most 100).' })
  savedViews(@Me() me: CurrentUser, @Args() args: SavedViewsArgs) {
    return this.views.list(me, args.list, args.trash ?? false);
  }

  @Allow(Action.ReadRegister)
  @Mutation(() => SavedView, { description: 'Saves a view of a list under a name of yours.' })
  createSavedView(@Me() me: CurrentUser, @Args('input') input: CreateSavedViewInput) {
    return this.views.create(me, input);
  }

  @Allow(Action.ReadRegister)
  @Mutation(() => SavedView, { description: 'Renames a view and/or replaces its state (version-checked).' })
  updateSavedView(@Me() me: CurrentUser, @Args('input') input: UpdateSavedViewInput) {
    return this.views.update(me, input);
  }

  @Allow(Action.ReadRegister)
  @Mutation(() => SavedView, { description: 'Deletes a view; restoreSavedView brings it back.' })
  deleteSavedView(@Me() me: CurrentUser, @Args('input') input: RecordVersionInput) {
    return this.views.remove(me, input.id, input.version);
  }

  @Allow(Action.ReadRegister)
  @Mutation(() => SavedView)
  restoreSavedView(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.views.restore(me, id);
  }
}
