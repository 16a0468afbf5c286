import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { userSummaryById } from '../follow-ups/follow-ups.loader';
import { UserSummary } from '../follow-ups/follow-up.model';
import type { GraphqlContext } from '../graphql/graphql-context';
import { organizationById } from '../organizations/organizations.loader';
import { OrganizationsService } from '../organizations/organizations.service';
import { personById } from '../people/people.loader';
import { PeopleService } from '../people/people.service';
import { Person } from '../people/person.model';
import {
  AccessLogArgs,
  GrantRecordAccessInput,
  RestrictRecordInput,
  RevealPersonArgs,
  RevokeRecordAccessInput,
} from './dto/protection.inputs';
import {
  AccessGrant,
  AccessLogEntry,
  AccessLogEntryConnection,
  RecordAccess,
  RestrictOutcome,
} from './protection.model';
import { ProtectionService } from './protection.service';

@Resolver()
export class ProtectionResolver {
  constructor(
    @Inject(ProtectionService) private readonly protection: ProtectionService,
    @Inject(PeopleService) private readonly people: PeopleService,
  ) {}

  @Allow(Action.ReadRegister)
  @Mutation(() => Person, {
    description:
      "Reveals a protected person's contact details to your session for 15 minutes; the reason (10 to 500 characters) goes to the access log.",
  })
  async revealPerson(@Me() me: CurrentUser, @Args() args: RevealPersonArgs): Promise<Person> {
    const until = await this.protection.reveal(me, args.id, args.reason);
    // This request's session was read before the reveal: the answer already shows what it opened.
    const revealedUntil = { ...me.revealedUntil, [args.id]: until.toISOString() };
    Object.assign(me, { revealedUntil, revealedIds: Object.keys(revealedUntil) });
    return this.people.get(me, args.id);
  }

  @Allow(Action.ManageProtection)
  @Query(() => RecordAccess, {
    description:
      'Who may see a person or organisation: its level (and who is cleared for it) and the named grants. Needs clearance for it.',
  })
  recordAccess(@Me() me: CurrentUser, @Args('recordId', { type: () => ID }) recordId: string) {
    return this.protection.access(me, recordId);
  }

  @Allow(Action.ManageProtection)
  @Mutation(() => AccessGrant, {
    description:
      'Lets a named user see one protected record (needs clearance for it); logged with the reason.',
  })
  grantRecordAccess(@Me() me: CurrentUser, @Args('input') input: GrantRecordAccessInput) {
    return this.protection.grant(me, input);
  }

  @Allow(Action.ManageProtection)
  @Mutation(() => AccessGrant, { description: 'Ends a named grant at once; logged.' })
  revokeRecordAccess(@Me() me: CurrentUser, @Args('input') input: RevokeRecordAccessInput) {
    return this.protection.revoke(me, input.id, input.reason);
  }

  @Allow(Action.ManageProtection)
  @Mutation(() => RestrictOutcome, {
    description:
      'Restrict now: the record becomes HIGH risk at once, other named grants and every reveal end; recorded in its history and the access log.',
  })
  restrictRecord(@Me() me: CurrentUser, @Args('input') input: RestrictRecordInput) {
    return this.protection.restrict(me, input.recordId, input.reason);
  }

  @Allow(Action.ReadAccessLog)
  @Query(() => AccessLogEntryConnection, {
    description: 'The access log, newest first (administrators): reveals, grants, revocations, restrictions.',
  })
  accessLog(@Args() args: AccessLogArgs) {
    return this.protection.entries(args);
  }
}

@Resolver(() => AccessGrant)
export class AccessGrantResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => UserSummary, { nullable: true, description: 'Who may see the record.' })
  user(@Parent() grant: AccessGrant, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(userSummaryById, this.db).load(grant.userId);
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Who granted it.' })
  grantedBy(@Parent() grant: AccessGrant, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(userSummaryById, this.db).load(grant.grantedById);
  }
}

@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PeopleService) private readonly people: PeopleService,
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
  ) {}

  @ResolveField(() => UserSummary, { nullable: true, description: 'Who did it.' })
  actor(@Parent() entry: AccessLogEntry, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(userSummaryById, this.db).load(entry.actorId);
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Whom a grant or revocation was for.' })
  subjectUser(@Parent() entry: AccessLogEntry, @Context() ctx: GraphqlContext) {
    return entry.subjectUserId ? ctx.loaders.get(userSummaryById, this.db).load(entry.subjectUserId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The record's name; null when it is withheld from you (not cleared, no grant).",
  })
  async recordName(@Parent() entry: AccessLogEntry, @Context() ctx: GraphqlContext): Promise<string | null> {
    const viewer = await ctx.req.auth;
    if (!viewer) return null;
    if (entry.recordType === 'person') {
      const entity = await ctx.loaders.get(personById, this.db).load(entry.recordId);
      return entity ? this.people.present(entity, viewer).fullName : null;
    }
    const entity = await ctx.loaders.get(organizationById, this.db).load(entry.recordId);
    return entity ? this.organizations.present(entity, viewer).name : null;
  }
}
