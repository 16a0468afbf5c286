import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, actionsOf } from '../auth/access-policy';
import { Allow, Me, Public } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import {
  ChangeUserRoleInput,
  InviteUserInput,
  SetUserClearanceInput,
  SetUserDisabledInput,
  SetUserOrganizationInput,
  UsersArgs,
} from './dto/user.inputs';
import { Invitation, InvitationPreview } from './invitation.model';
import { InvitationsService } from './invitations.service';
import { Colleague, User, UserConnection } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    @Inject(UsersService) private readonly usersService: UsersService,
    @Inject(InvitationsService) private readonly invitationsService: InvitationsService,
  ) {}

  @ResolveField(() => [String], {
    description:
      'What this user may do, as access-policy actions (such as "register.write"): the web app offers only these.',
  })
  permissions(@Parent() user: User): string[] {
    return actionsOf(user.role);
  }

  @Allow(Action.ManageUsers)
  @Query(() => UserConnection)
  users(@Args() args: UsersArgs) {
    return this.usersService.list(args.filter, args.first, args.after);
  }

  @Allow(Action.LogEngagements)
  @Query(() => [Colleague], {
    description:
      'Enabled users one may hand work to (follow-up owners, engagement staff), by name. The Core Group sees its own network’s.',
  })
  colleagues(@Me() me: CurrentUser) {
    return this.usersService.colleagues(me);
  }

  @Allow(Action.ManageUsers)
  @Query(() => [Invitation], { description: 'Pending invitations, newest first.' })
  invitations() {
    return this.invitationsService.pending();
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link is for, before accepting it.' })
  invitation(@Args('token') token: string) {
    return this.invitationsService.preview(token);
  }

  @Allow(Action.ManageUsers)
  @Mutation(() => Invitation)
  inviteUser(@Me() me: CurrentUser, @Args('input') input: InviteUserInput) {
    return this.invitationsService.invite(me, input.email, input.role);
  }

  @Allow(Action.ManageUsers)
  @Mutation(() => Boolean)
  async revokeInvitation(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.invitationsService.revoke(id);
    return true;
  }

  @Allow(Action.ManageUsers)
  @Mutation(() => User)
  changeUserRole(@Me() me: CurrentUser, @Args('input') input: ChangeUserRoleInput) {
    return this.usersService.changeRole(me, input.id, input.role, input.version);
  }

  @Allow(Action.ManageUsers)
  @Mutation(() => User, { description: 'Signs the user out everywhere at once.' })
  disableUser(@Me() me: CurrentUser, @Args('input') input: SetUserDisabledInput) {
    return this.usersService.setDisabled(me, input.id, true, input.version);
  }

  @Allow(Action.ManageUsers)
  @Mutation(() => User)
  enableUser(@Me() me: CurrentUser, @Args('input') input: SetUserDisabledInput) {
    return this.usersService.setDisabled(me, input.id, false, input.version);
  }

  @Allow(Action.ManageUsers)
  @Mutation(() => User, { description: 'Who may see elevated or high-risk records (need-to-know).' })
  setUserClearance(@Me() me: CurrentUser, @Args('input') input: SetUserClearanceInput) {
    return this.usersService.setClearance(me, input.id, input.clearance, input.version);
  }

  @Allow(Action.ManageUsers)
  @Mutation(() => User, { description: 'Links a Core Group user to their network.' })
  setUserOrganization(@Me() me: CurrentUser, @Args('input') input: SetUserOrganizationInput) {
    return this.usersService.setOrganization(me, input.id, input.organizationId ?? null, input.version);
  }
}
