import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { Country, GlobalSouthClassification, PolicyProcess, Region, Theme } from './reference.model';
import { ReferenceService } from './reference.service';

@Resolver()
export class ReferenceResolver {
  constructor(@Inject(ReferenceService) private readonly reference: ReferenceService) {}

  @Allow(Action.ReadRegister)
  @Query(() => [Country], { description: 'Countries and areas, by name in your language.' })
  countries(
    @Me() me: CurrentUser,
    @Args('unStatus', { type: () => String, nullable: true, description: 'MEMBER, OBSERVER_STATE or NONE' })
    unStatus?: string,
    @Args('regionCode', {
      type: () => String,
      nullable: true,
      description: 'An M49 region code at any level',
    })
    regionCode?: string,
    @Args('globalSouth', { type: () => Boolean, nullable: true }) globalSouth?: boolean,
  ) {
    return this.reference.countries(me, { unStatus, regionCode, globalSouth });
  }

  @Allow(Action.ReadRegister)
  @Query(() => [Region], { description: 'The UN M49 regions, sub-regions and intermediate regions.' })
  regions() {
    return this.reference.regions();
  }

  @Allow(Action.ReadRegister)
  @Query(() => [Theme])
  themes(@Me() me: CurrentUser) {
    return this.reference.themes(me);
  }

  @Allow(Action.ReadRegister)
  @Query(() => [PolicyProcess])
  policyProcesses() {
    return this.reference.policyProcesses();
  }

  @Allow(Action.ReadRegister)
  @Query(() => [GlobalSouthClassification])
  globalSouthClassifications() {
    return this.reference.classifications();
  }

  @Allow(Action.ManageReferenceData)
  @Mutation(() => [GlobalSouthClassification], {
    description: 'Chooses the classification every Global South figure uses.',
  })
  setGlobalSouthClassification(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    return this.reference.setClassification(me, id);
  }
}
