import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action } from '../auth/access-policy';
import { Allow } from '../auth/access.decorators';
import { userSummaryById } from '../follow-ups/follow-ups.loader';
import { UserSummary } from '../follow-ups/follow-up.model';
import type { GraphqlContext } from '../graphql/graphql-context';
import { ExportLogArgs, ExportRecord, ExportRecordConnection } from './export-log.model';
import { ExportsService } from './exports.service';

/** The export log, for administrators only. */
@Resolver(() => ExportRecord)
export class ExportLogResolver {
  constructor(
    @Inject(ExportsService) private readonly exports: ExportsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Allow(Action.ReadExportLog)
  @Query(() => ExportRecordConnection, {
    description: 'Every export of a list, newest first (administrators).',
  })
  async exportLog(@Args() args: ExportLogArgs) {
    const page = await this.exports.log(args.first, args.after, args.list);
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: { ...e.node, arguments: JSON.stringify(e.node.arguments) },
      })),
    };
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Who exported.' })
  user(@Parent() record: ExportRecord, @Context() ctx: GraphqlContext) {
    return ctx.loaders.get(userSummaryById, this.db).load(record.userId);
  }
}
