import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InvalidInputError, NotFoundError } from '../common/domain-error';
import type { GraphqlContext } from '../graphql/graphql-context';
import { UserSession } from '../second-factor/second-factor.model';
import { SecondFactorSignInService } from '../second-factor/second-factor-sign-in.service';
import { Action } from './access-policy';
import { Allow, Me } from './access.decorators';
import type { CurrentUser } from './current-user';
import { SessionsService } from './sessions.service';

/** One's own sessions (devices signed in), and an administrator's "sign this user out everywhere". */
@Resolver()
export class SessionsResolver {
  constructor(
    @Inject(SessionsService) private readonly sessions: SessionsService,
    @Inject(SecondFactorSignInService) private readonly signIn: SecondFactorSignInService,
  ) {}

  @Allow(Action.ManageOwnAccount)
  @Query(() => [UserSession], {
    description: 'Where the signed-in user is signed in, most recently used first.',
  })
  async mySessions(@Me() me: CurrentUser): Promise<UserSession[]> {
    const sessions = await this.sessions.listFor(me.id);
    return sessions.map((s) => ({ ...s, current: s.id === me.sessionId }));
  }

  @Allow(Action.ManageOwnAccount)
  @Mutation(() => Boolean, { description: 'Ends one of your sessions (your current one signs you out).' })
  async revokeMySession(
    @Me() me: CurrentUser,
    @Args('id', { type: () => ID }) id: string,
    @Context() { res }: GraphqlContext,
  ): Promise<boolean> {
    assertUuid(id, 'is not a session id');
    if (!(await this.sessions.revoke(me.id, id))) throw new NotFoundError('The session');
    if (id === me.sessionId) this.sessions.clearCookie(res);
    return true;
  }

  @Allow(Action.ManageOwnAccount)
  @Mutation(() => Int, { description: 'Ends every session of yours but this one; returns how many ended.' })
  revokeMyOtherSessions(@Me() me: CurrentUser): Promise<number> {
    return this.sessions.revokeAll(me.id, undefined, me.sessionId);
  }

  @Allow(Action.ManageUsers)
  @Mutation(() => Int, {
    description: 'Signs a user out everywhere (your own current session stays); returns how many ended.',
  })
  revokeUserSessions(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string): Promise<number> {
    assertUuid(id, 'is not a user id');
    return this.signIn.endAllSessionsOf(me, id);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertUuid(id: string, message: string): void {
  if (!UUID.test(id)) throw InvalidInputError.field('id', message);
}
