import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { Action } from './access-policy';
import type { CurrentUser } from './current-user';
import type { SessionStage } from './session.entity';
import type { SignInState } from './sessions.service';

export const ACCESS_KEY = 'convene:access';

export type AccessRule = { kind: 'public' } | { kind: 'action'; action: Action };

/** Anyone may call this, signed in or not (setup, login, invitation links). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Signed-in users whose role the access policy allows for `action`. Every resolver has this or `@Public`. */
export const Allow = (action: Action) =>
  SetMetadata(ACCESS_KEY, { kind: 'action', action } satisfies AccessRule);

/** The signed-in user; the guard has already checked there is one. */
export const Me = createParamDecorator(
  async (_: unknown, context: ExecutionContext): Promise<CurrentUser> => {
    const { req } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const user = await req.auth;
    if (!user) throw new Error('@Me() used on a resolver without @Allow()');
    return user;
  },
);

export const SIGN_IN_STAGES_KEY = 'convene:sign-in-stages';

/**
 * Also open to a sign-in not finished yet, in the stages named (SECOND_FACTOR: only the code may be sent;
 * ENROL: the user must set up a second factor first). Every other resolver refuses such a session.
 */
export const DuringSignIn = (...stages: Exclude<SessionStage, 'FULL'>[]) =>
  SetMetadata(SIGN_IN_STAGES_KEY, stages);

/** The user behind the session, whatever its stage (for resolvers marked `@DuringSignIn`). */
export const SignInUser = createParamDecorator(
  async (_: unknown, context: ExecutionContext): Promise<SignInState> => {
    const { req } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const state = await req.signIn;
    if (!state) throw new Error('@SignInUser() used on a resolver the guard did not check');
    return state;
  },
);
