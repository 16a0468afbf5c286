import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action } from '../auth/access-policy';
import { Allow, Me } from '../auth/access.decorators';
import type { CurrentUser } from '../auth/current-user';
import { encodeCursor } from '../common/pagination';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { Organization } from '../organizations/organization.model';
import type { Person } from '../people/person.model';
import { OrganizationsService } from '../organizations/organizations.service';
import { PersonEntity } from '../people/person.entity';
import { PeopleService } from '../people/people.service';
import { DuplicateFinderService, type DuplicateScanResult } from './duplicate-finder.service';
import {
  DuplicateKindEnum,
  DuplicatePair,
  DuplicatePairConnection,
  DuplicateScan,
  Merge,
  MergeResult,
  UndoMergeResult,
  type DuplicateReason,
} from './duplicates.model';
import { DuplicatesArgs, MergeRecordsInput, NotDuplicateInput } from './dto/duplicates.inputs';
import type { MergeEntity } from './merge.entity';
import { MergeService } from './merge.service';

/** Likely duplicate organisations and people, "not a duplicate", merge and undo (Action.MergeRecords). */
@Resolver(() => DuplicatePair)
export class DuplicatesResolver {
  constructor(
    @Inject(DuplicateFinderService) private readonly finder: DuplicateFinderService,
    @Inject(MergeService) private readonly mergeService: MergeService,
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @Inject(PeopleService) private readonly people: PeopleService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Allow(Action.MergeRecords)
  @Query(() => DuplicatePairConnection, {
    description:
      'Likely duplicate pairs, best first. Pairs marked "not a duplicate", deleted records and records withheld from you are left out.',
  })
  async duplicates(@Me() me: CurrentUser, @Args() args: DuplicatesArgs): Promise<DuplicatePairConnection> {
    const page = await this.finder.find(me, {
      kind: args.filter.kind,
      countryCode: args.filter.countryCode,
      recordId: args.filter.recordId,
      first: args.first,
      after: args.after,
    });
    const ids = page.pairs.flatMap((p) => [p.a, p.b]);
    const records = await this.load(args.filter.kind, me, ids);
    return {
      edges: page.pairs.map((p, i) => {
        const two = [records.get(p.a), records.get(p.b)]
          .filter((r) => r !== undefined)
          .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime());
        return {
          cursor: encodeCursor([page.offset + i + 1]),
          node: {
            id: `${p.a}:${p.b}`,
            kind: args.filter.kind,
            score: p.score,
            reasons: p.reasons as DuplicateReason[],
            organizations: args.filter.kind === DuplicateKindEnum.ORGANIZATION ? two : [],
            people: args.filter.kind === DuplicateKindEnum.PERSON ? two : [],
          },
        };
      }),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
      scan: page.scan ? scanModel(page.scan, page.stale) : null,
      scanning: page.scanning,
    };
  }

  @Allow(Action.MergeRecords)
  @Mutation(() => DuplicateScan, {
    description:
      'Scans the register for duplicates of one kind now (the list otherwise reuses the last scan).',
  })
  async scanDuplicates(@Args('kind', { type: () => DuplicateKindEnum }) kind: DuplicateKindEnum) {
    return scanModel(await this.finder.scan(kind), false);
  }

  @Allow(Action.MergeRecords)
  @Mutation(() => ID, {
    description: 'Marks two records as not the same: the finder no longer offers the pair. Recorded on both.',
  })
  markNotDuplicate(@Me() me: CurrentUser, @Args('input') input: NotDuplicateInput) {
    return this.mergeService.dismiss(me, input.kind, [input.recordIds[0], input.recordIds[1]]);
  }

  @Allow(Action.MergeRecords)
  @Mutation(() => MergeResult, {
    description:
      'Merges one organisation into another in one transaction: every link moves to the survivor, the merged one goes to the trash pointing to it. CONFLICT when a version is stale.',
  })
  mergeOrganizations(@Me() me: CurrentUser, @Args('input') input: MergeRecordsInput) {
    return this.mergeRecords(me, DuplicateKindEnum.ORGANIZATION, input);
  }

  @Allow(Action.MergeRecords)
  @Mutation(() => MergeResult, { description: 'Merges one person into another (see mergeOrganizations).' })
  mergePeople(@Me() me: CurrentUser, @Args('input') input: MergeRecordsInput) {
    return this.mergeRecords(me, DuplicateKindEnum.PERSON, input);
  }

  @Allow(Action.MergeRecords)
  @Mutation(() => UndoMergeResult, {
    description:
      'Undoes a merge: the merged record comes back with exactly the links it had, the survivor gets its values back (fields edited since keep their newer value, listed in keptFields).',
  })
  async undoMerge(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string) {
    const outcome = await this.mergeService.undo(me, id);
    const record = await this.one(outcome.merge.kind, me, outcome.merge.mergedId);
    return {
      ...outcome,
      merge: await this.mergeModel(outcome.merge),
      organization: outcome.merge.kind === 'organization' ? record : null,
      person: outcome.merge.kind === 'person' ? record : null,
    };
  }

  @Allow(Action.MergeRecords)
  @Query(() => [Merge], {
    description: 'Merges a record took part in (as survivor or merged), newest first.',
  })
  async merges(@Me() me: CurrentUser, @Args('recordId', { type: () => ID }) recordId: string) {
    const merges = await this.mergeService.mergesOf(me, recordId);
    return Promise.all(merges.map((g) => this.mergeModel(g)));
  }

  private async mergeRecords(me: CurrentUser, kind: DuplicateKindEnum, input: MergeRecordsInput) {
    const outcome = await this.mergeService.merge(me, kind, input);
    const survivor = await this.one(kind, me, input.survivorId);
    return {
      ...outcome,
      merge: await this.mergeModel(outcome.merge),
      organization: kind === DuplicateKindEnum.ORGANIZATION ? survivor : null,
      person: kind === DuplicateKindEnum.PERSON ? survivor : null,
    };
  }

  private async one(kind: string, me: CurrentUser, id: string) {
    return kind === 'organization' ? this.organizations.get(me, id) : this.people.get(me, id);
  }

  /** The records of a page in one query, as the viewer may see them. */
  private async load(kind: DuplicateKindEnum, me: CurrentUser, ids: string[]) {
    const out = new Map<string, Organization & Person>();
    if (!ids.length) return out;
    if (kind === DuplicateKindEnum.ORGANIZATION) {
      const rows = await this.db
        .getRepository(OrganizationEntity)
        .createQueryBuilder('o')
        .whereInIds(ids)
        .getMany();
      for (const row of rows) out.set(row.id, this.organizations.present(row, me) as Organization & Person);
    } else {
      const rows = await this.db
        .getRepository(PersonEntity)
        .createQueryBuilder('p')
        .whereInIds(ids)
        .getMany();
      for (const row of rows) out.set(row.id, this.people.present(row, me) as Organization & Person);
    }
    return out;
  }

  private async mergeModel(merge: MergeEntity): Promise<Merge> {
    const [user]: { display_name: string }[] = merge.mergedById
      ? await this.db.query('SELECT display_name FROM users WHERE id = $1', [merge.mergedById])
      : [];
    return {
      id: merge.id,
      kind: merge.kind as DuplicateKindEnum,
      survivorId: merge.survivorId,
      mergedId: merge.mergedId,
      mergedAt: merge.mergedAt,
      mergedById: merge.mergedById,
      mergedByName: user?.display_name ?? null,
      changedFields: Object.keys(merge.survivorAfter),
      linkCount: merge.links.reduce(
        (n, l) => n + (l.ids?.length ?? l.keys?.length ?? l.rows?.length ?? 0),
        0,
      ),
      undoneAt: merge.undoneAt,
      undoneById: merge.undoneById,
    };
  }
}

function scanModel(scan: DuplicateScanResult, stale: boolean): DuplicateScan {
  return {
    kind: scan.kind as DuplicateKindEnum,
    scannedAt: scan.scannedAt,
    durationMs: scan.durationMs,
    recordCount: scan.recordCount,
    pairCount: scan.pairs.length,
    stale,
  };
}
