import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { GraphqlContext } from '../graphql/graphql-context';
import {
  AcceptInvitationInput,
  ChangeMyPasswordInput,
  CreateFirstAdminInput,
  LoginInput,
  UpdateMyPreferencesInput,
} from '../users/dto/user.inputs';
import { SetupStatus, User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { Action } from './access-policy';
import { Allow, Me, Public } from './access.decorators';
import { AuthService } from './auth.service';
import type { CurrentUser } from './current-user';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Context() { req }: GraphqlContext): Promise<User | null> {
    const current = await req.auth;
    return current ? this.users.get(current.id) : null;
  }

  @Public()
  @Query(() => SetupStatus)
  async setupStatus(): Promise<SetupStatus> {
    return { needsFirstAdmin: await this.users.needsFirstAdmin() };
  }

  @Public()
  @Mutation(() => User, { description: 'Only while Convene has no users; signs the new administrator in.' })
  createFirstAdmin(@Args('input') input: CreateFirstAdminInput, @Context() { req, res }: GraphqlContext) {
    return this.auth.createFirstAdmin(input, req, res);
  }

  @Public()
  @Mutation(() => User)
  login(@Args('input') input: LoginInput, @Context() { req, res }: GraphqlContext) {
    return this.auth.login(input.email, input.password, req, res);
  }

  @Public()
  @Mutation(() => Boolean)
  async logout(@Context() { req, res }: GraphqlContext): Promise<boolean> {
    await this.auth.logout(req, res);
    return true;
  }

  @Public()
  @Mutation(() => User, {
    description: 'Creates the invited account and signs it in; the link then stops working.',
  })
  acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() { req, res }: GraphqlContext) {
    return this.auth.acceptInvitation(input, req, res);
  }

  @Allow(Action.ManageOwnAccount)
  @Mutation(() => User)
  updateMyPreferences(@Me() me: CurrentUser, @Args('input') input: UpdateMyPreferencesInput) {
    return this.users.updatePreferences(me, input.locale);
  }

  @Allow(Action.ManageOwnAccount)
  @Mutation(() => Boolean, { description: "Ends the user's other sessions." })
  async changeMyPassword(
    @Me() me: CurrentUser,
    @Args('input') input: ChangeMyPasswordInput,
  ): Promise<boolean> {
    await this.auth.changePassword(me, input.currentPassword, input.newPassword);
    return true;
  }
}
