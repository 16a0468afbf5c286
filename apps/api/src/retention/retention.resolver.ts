import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { PeopleService } from '../people/people.service';
import { ErasureService } from './erasure.service';
import { ACTIONS_OF, type RetentionPolicyEntity, type ScheduledJobEntity } from './retention.entity';
import {
  ErasedPerson,
  ErasePersonInput,
  ResolveRetentionFlagInput,
  RetentionFlag,
  RetentionJob,
  RetentionPolicy,
  RetentionRun,
  UpdateRetentionPolicyInput,
} from './retention.model';
import { RetentionService } from './retention.service';

const policyOf = (p: RetentionPolicyEntity): RetentionPolicy => ({
  ...p,
  allowedActions: [...ACTIONS_OF[p.kind]],
});
const jobOf = (j: ScheduledJobEntity): RetentionJob => ({
  ...j,
  lastSummary: j.lastSummary ? JSON.stringify(j.lastSummary) : null,
});

@Resolver()
export class RetentionResolver {
  constructor(
    @Inject(RetentionService) private readonly retention: RetentionService,
    @Inject(ErasureService) private readonly erasure: ErasureService,
    @Inject(PeopleService) private readonly people: PeopleService,
  ) {}

  @Allow(Action.ManageRetention)
  @Query(() => [RetentionPolicy], { description: 'The retention period of each kind of data.' })
  async retentionPolicies(): Promise<RetentionPolicy[]> {
    return (await this.retention.policies()).map(policyOf);
  }

  @Allow(Action.ManageRetention)
  @Mutation(() => RetentionPolicy, { description: 'Changes a retention period (recorded in the history).' })
  async updateRetentionPolicy(@Me() me: CurrentUser, @Args('input') input: UpdateRetentionPolicyInput) {
    return policyOf(await this.retention.updatePolicy(me, input));
  }

  @Allow(Action.ManageRetention)
  @Query(() => RetentionJob, { description: 'The daily retention job: last run, outcome, next run.' })
  async retentionJob(): Promise<RetentionJob> {
    return jobOf(await this.retention.job());
  }

  @Allow(Action.ManageRetention)
  @Mutation(() => RetentionRun, { description: 'Runs the retention job now (once, even if another is due).' })
  async runRetentionJob(): Promise<RetentionRun> {
    const result = await this.retention.run({ force: true });
    return { ran: result.ran, job: jobOf(result.job) };
  }

  @Allow(Action.ManageRetention)
  @Query(() => [RetentionFlag], {
    description: 'People past their retention period, for review (only those you are cleared for).',
  })
  async retentionFlags(@Me() me: CurrentUser): Promise<RetentionFlag[]> {
    return (await this.retention.flags(me)).map(({ flag, person }) => ({
      ...flag,
      person: this.people.present(person, me),
    }));
  }

  @Allow(Action.ManageRetention)
  @Mutation(() => RetentionFlag, {
    description: 'Keeps a flagged record (for a while) or dismisses the flag.',
  })
  async resolveRetentionFlag(@Me() me: CurrentUser, @Args('input') input: ResolveRetentionFlagInput) {
    const flag = await this.retention.resolveFlag(me, input.id, input.decision, input.days);
    return { ...flag, person: await this.people.get(me, flag.recordId) };
  }

  @Allow(Action.ErasePeople)
  @Mutation(() => ErasedPerson, {
    description:
      'Erases a person for good: personal data removed everywhere, an anonymous tombstone kept. Cannot be undone.',
  })
  erasePerson(@Me() me: CurrentUser, @Args('input') input: ErasePersonInput): Promise<ErasedPerson> {
    return this.erasure.erasePerson(me, input.id, input.reason);
  }
}
