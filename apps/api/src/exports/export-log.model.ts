import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { ConnectionType, PageArgs } from '../common/pagination';
import { ExportStatus } from './export-log.entity';
import { EXPORT_LISTS } from './export-lists';

registerEnumType(ExportStatus, {
  name: 'ExportStatus',
  description: 'STARTED while it streams; COMPLETE; INCOMPLETE when it failed or the client left half-way.',
});

@ObjectType({
  description: 'One export of a list as a file: who, which list, with which filters, how many rows.',
})
export class ExportRecord {
  @Field(() => ID)
  id: string;

  /** Resolved by ExportLogResolver. */
  userId: string;

  @Field({ description: `The list: ${EXPORT_LISTS.join(', ')}.` })
  list: string;

  @Field({ description: 'csv or xlsx.' })
  format: string;

  @Field({
    description: "The list's arguments as given (filter, sort or order, Dialogue), as JSON text.",
  })
  arguments: string;

  @Field(() => [String], { description: 'The column keys written, in order.' })
  columns: string[];

  @Field(() => Int, { description: 'Rows sent (the header not counted).' })
  rowCount: number;

  @Field(() => ExportStatus)
  status: ExportStatus;

  @Field({ description: 'When it started.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended (complete or not).' })
  finishedAt: Date | null;
}

export const ExportRecordConnection = ConnectionType(ExportRecord, 'ExportRecord');

@ArgsType()
export class ExportLogArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only exports of this list.' })
  @IsOptional()
  @IsIn(EXPORT_LISTS, { message: `must be one of ${EXPORT_LISTS.join(', ')}` })
  list?: string;
}
