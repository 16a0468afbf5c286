import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { SearchArgs } from './dto/search.args';
import { SearchHit } from './search.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(@Inject(SearchService) private readonly searchService: SearchService) {}

  @Allow(Action.ReadRegister)
  @Query(() => [SearchHit], {
    description:
      'Search everywhere (the command palette): organisations (name, acronym), people (name; a whole email), engagements (title, summary), collaborations and recommendations (title), Dialogues (title, venue, number). Typo-tolerant, accent- and case-insensitive, ranked best first. Protected records the viewer is not cleared for and records in the trash are never returned; kinds the viewer may not read are left out.',
  })
  search(@Me() me: CurrentUser, @Args() args: SearchArgs): Promise<SearchHit[]> {
    return this.searchService.search(me, args);
  }
}
