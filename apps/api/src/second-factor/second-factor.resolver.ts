import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action } from '../auth/access-policy';
import { Allow, DuringSignIn, Me, Public, SignInUser } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import type { SignInState } from '../auth/sessions.service';
import type { GraphqlContext } from '../graphql/graphql-context';
import { User } from '../users/user.model';
import {
  DisableSecondFactorInput,
  RecoveryCodes,
  SecondFactorCodeInput,
  SecondFactorEnrolment,
  SecondFactorStatus,
  SecuritySettings,
  SetSecondFactorRequiredRolesInput,
  SignInStage,
} from './second-factor.model';
import { SecondFactorSignInService } from './second-factor-sign-in.service';
import { SecondFactorService } from './second-factor.service';

const STAGES: Record<SignInState['stage'], SignInStage> = {
  FULL: SignInStage.SIGNED_IN,
  SECOND_FACTOR: SignInStage.SECOND_FACTOR,
  ENROL: SignInStage.ENROL_SECOND_FACTOR,
};

@Resolver()
export class SecondFactorResolver {
  constructor(
    @Inject(SecondFactorService) private readonly secondFactor: SecondFactorService,
    @Inject(SecondFactorSignInService) private readonly signIn: SecondFactorSignInService,
  ) {}

  @Public()
  @Query(() => SignInStage, { description: 'Where the sign-in of this browser stands.' })
  async signInStage(@Context() { req }: GraphqlContext): Promise<SignInStage> {
    const state = await req.signIn;
    return state ? STAGES[state.stage] : SignInStage.SIGNED_OUT;
  }

  @Allow(Action.ManageOwnAccount)
  @DuringSignIn('ENROL')
  @Query(() => SecondFactorStatus, { description: 'Two-step sign-in of the signed-in user.' })
  async mySecondFactor(@SignInUser() { user }: SignInState): Promise<SecondFactorStatus> {
    const status = await this.secondFactor.status(user.id);
    return { ...status, requiredForMyRole: await this.secondFactor.isRequiredFor(user.role) };
  }

  @Allow(Action.ManageOwnAccount)
  @DuringSignIn('ENROL')
  @Mutation(() => SecondFactorEnrolment, {
    description:
      'A new secret for an authenticator app (QR code and key); confirm it with a code to turn it on.',
  })
  startSecondFactorEnrolment(@SignInUser() { user }: SignInState) {
    return this.secondFactor.startEnrolment(user);
  }

  @Allow(Action.ManageOwnAccount)
  @DuringSignIn('ENROL')
  @Mutation(() => RecoveryCodes, {
    description:
      'Turns two-step sign-in on with a code from the app; returns recovery codes, shown only now.',
  })
  async confirmSecondFactor(
    @SignInUser() state: SignInState,
    @Args('input') input: SecondFactorCodeInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<RecoveryCodes> {
    return { codes: await this.signIn.confirmEnrolment(state, input.code, req, res) };
  }

  @Allow(Action.ManageOwnAccount)
  @DuringSignIn('SECOND_FACTOR')
  @Mutation(() => User, {
    description: 'Finishes signing in with the code from the app or a recovery code; starts a new session.',
  })
  verifySecondFactor(
    @SignInUser() state: SignInState,
    @Args('input') input: SecondFactorCodeInput,
    @Context() { req, res }: GraphqlContext,
  ) {
    return this.signIn.completeSignIn(state, input.code, req, res);
  }

  @Allow(Action.ManageOwnAccount)
  @Mutation(() => Boolean, {
    description: 'Turns two-step sign-in off: takes the password and a current code.',
  })
  async disableSecondFactor(
    @Me() me: CurrentUser,
    @Args('input') input: DisableSecondFactorInput,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.signIn.disable(me, input.password, input.code, req);
    return true;
  }

  @Allow(Action.ManageOwnAccount)
  @Mutation(() => RecoveryCodes, {
    description: 'New recovery codes for a current code; the old ones stop working.',
  })
  async regenerateRecoveryCodes(
    @Me() me: CurrentUser,
    @Args('input') input: SecondFactorCodeInput,
    @Context() { req }: GraphqlContext,
  ): Promise<RecoveryCodes> {
    return { codes: await this.signIn.regenerateRecoveryCodes(me, input.code, req) };
  }

  @Allow(Action.ManageSecurity)
  @Query(() => SecuritySettings)
  async securitySettings(): Promise<SecuritySettings> {
    return { secondFactorRequiredFor: await this.secondFactor.requiredRoles() };
  }

  @Allow(Action.ManageSecurity)
  @Mutation(() => SecuritySettings, {
    description: 'Which roles must use two-step sign-in; their users without it must set it up first.',
  })
  async setSecondFactorRequiredRoles(
    @Me() me: CurrentUser,
    @Args('input') input: SetSecondFactorRequiredRolesInput,
  ): Promise<SecuritySettings> {
    return { secondFactorRequiredFor: await this.secondFactor.setRequiredRoles(me, input.roles) };
  }
}

@Resolver(() => User)
export class UserSecondFactorResolver {
  @ResolveField(() => Boolean, { description: 'Whether the user signs in with a second factor (TOTP).' })
  secondFactorEnabled(@Parent() user: User & { totpEnabledAt?: Date | null }): boolean {
    return !!user.totpEnabledAt;
  }
}
