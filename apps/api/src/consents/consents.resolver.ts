import { ConsentPurpose } from '@convene/domain';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { ConsentEvent, PersonConsent } from './consent.model';
import { consentEventsByPerson } from './consents.loader';
import { ConsentsService } from './consents.service';
import { RecordConsentInput, WithdrawConsentInput } from './dto/consent.inputs';

@Resolver()
export class ConsentsResolver {
  constructor(@Inject(ConsentsService) private readonly consents: ConsentsService) {}

  @Allow(Action.ReadRegister)
  @Query(() => [ConsentEvent], {
    description:
      'Every consent event of a person, newest first (optionally of one purpose); FORBIDDEN when the person is protected and you are not cleared.',
  })
  personConsentHistory(
    @Me() me: CurrentUser,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('purpose', { type: () => ConsentPurpose, nullable: true }) purpose?: ConsentPurpose,
  ) {
    return this.consents.history(me, personId, purpose ?? undefined);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Person, {
    description:
      'Records consent given to one or more purposes (one event each, one history entry on the person).',
  })
  recordConsent(@Me() me: CurrentUser, @Args('input') input: RecordConsentInput) {
    return this.consents.record(me, input);
  }

  @Allow(Action.WriteRegister)
  @Mutation(() => Person, { description: 'Records the withdrawal of consent given to one or more purposes.' })
  withdrawConsent(@Me() me: CurrentUser, @Args('input') input: WithdrawConsentInput) {
    return this.consents.withdraw(me, input);
  }
}

@Resolver(() => Person)
export class PersonConsentsResolver {
  constructor(@Inject(ConsentsService) private readonly service: ConsentsService) {}

  @ResolveField(() => [PersonConsent], {
    nullable: true,
    description:
      'Where the person stands on each of the seven purposes; null when withheld (the person is protected and you are not cleared).',
  })
  async consents(@Parent() person: Person, @Context() ctx: GraphqlContext): Promise<PersonConsent[] | null> {
    if (person.withheld.length) return null;
    const events = await ctx.loaders.get(consentEventsByPerson, this.service).load(person.id);
    return ConsentsService.current(events);
  }
}
