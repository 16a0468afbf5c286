import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';

@ObjectType({ description: "One field's change. Values are JSON text; both null when withheld." })
export class FieldChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;

  @Field({ description: 'True when the values are withheld from you (a protected field).' })
  withheld: boolean;
}

@ObjectType({ description: 'An entry of a record’s append-only change history.' })
export class HistoryEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID, {
    description: 'The record changed: this one, or one merged into it (its history stays visible here).',
  })
  recordId: string;

  @Field({ description: 'CREATE, UPDATE, DELETE, RESTORE, MERGE, UNMERGE, NOT_DUPLICATE or ERASED' })
  action: string;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'The display name of who made the change.' })
  actorName: string | null;

  @Field(() => [FieldChange])
  changes: FieldChange[];
}

export const HistoryEntryConnection = ConnectionType(HistoryEntry, 'HistoryEntry');
