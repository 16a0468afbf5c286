import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../common/pagination';
import { Organization } from '../organizations/organization.model';
import { Person } from '../people/person.model';

export enum DuplicateKindEnum {
  ORGANIZATION = 'organization',
  PERSON = 'person',
}
registerEnumType(DuplicateKindEnum, { name: 'DuplicateKind' });

export enum DuplicateReason {
  SAME_EMAIL = 'SAME_EMAIL',
  SIMILAR_NAME = 'SIMILAR_NAME',
  SAME_ACRONYM = 'SAME_ACRONYM',
  ACRONYM_OF_NAME = 'ACRONYM_OF_NAME',
  SAME_COUNTRY = 'SAME_COUNTRY',
}
registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  description: 'Why two records look alike.',
  valuesMap: {
    SAME_EMAIL: { description: 'The same email address (case-insensitive).' },
    SIMILAR_NAME: {
      description:
        'Similar names, ignoring accents, case, word order, script (transliterated) and legal forms.',
    },
    SAME_ACRONYM: { description: 'The same acronym.' },
    ACRONYM_OF_NAME: { description: "One's acronym reads as the initials of the other's name." },
    SAME_COUNTRY: { description: 'Both based in the same country.' },
  },
});

export enum MergeSourceEnum {
  SURVIVOR = 'SURVIVOR',
  MERGED = 'MERGED',
}
registerEnumType(MergeSourceEnum, { name: 'MergeSource' });

@ObjectType({ description: 'Two records that may be the same organisation or person.' })
export class DuplicatePair {
  @Field(() => ID, { description: 'The two ids, sorted, joined by a colon.' })
  id: string;

  @Field(() => DuplicateKindEnum)
  kind: DuplicateKindEnum;

  @Field(() => Float, { description: '0 to 1; 1 is certain (same email, or the same name and country).' })
  score: number;

  @Field(() => [DuplicateReason], { description: 'Strongest first.' })
  reasons: DuplicateReason[];

  @Field(() => [Organization], { description: 'The two organisations (kind ORGANIZATION), oldest first.' })
  organizations: Organization[];

  @Field(() => [Person], { description: 'The two people (kind PERSON), oldest first.' })
  people: Person[];
}

@ObjectType({ description: 'A scan of the register for duplicates of one kind.' })
export class DuplicateScan {
  @Field(() => DuplicateKindEnum)
  kind: DuplicateKindEnum;

  @Field()
  scannedAt: Date;

  @Field(() => Int, { description: 'How long the scan took, in milliseconds.' })
  durationMs: number;

  @Field(() => Int, { description: 'Live records compared.' })
  recordCount: number;

  @Field(() => Int, {
    description: 'Likely pairs found (before protection and "not a duplicate" decisions).',
  })
  pairCount: number;

  @Field({
    description:
      'True when records changed since this scan and the register is too large to scan on every request: offer "scan again".',
  })
  stale: boolean;
}

@ObjectType()
export class DuplicatePairEdge {
  @Field()
  cursor: string;

  @Field(() => DuplicatePair)
  node: DuplicatePair;
}

@ObjectType()
export class DuplicatePairConnection {
  @Field(() => [DuplicatePairEdge])
  edges: DuplicatePairEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => DuplicateScan, {
    nullable: true,
    description: 'The scan the list comes from; null while the first scan of a large register runs.',
  })
  scan: DuplicateScan | null;

  @Field({ description: 'A scan is running in the background: ask again in a moment for a complete list.' })
  scanning: boolean;
}

@ObjectType({ description: 'A merge of two records, and whether it was undone.' })
export class Merge {
  @Field(() => ID)
  id: string;

  @Field(() => DuplicateKindEnum)
  kind: DuplicateKindEnum;

  @Field(() => ID)
  survivorId: string;

  @Field(() => ID)
  mergedId: string;

  @Field()
  mergedAt: Date;

  @Field(() => ID, { nullable: true })
  mergedById: string | null;

  @Field(() => String, { nullable: true, description: 'Who merged.' })
  mergedByName: string | null;

  @Field(() => [String], { description: 'Survivor fields the merge changed.' })
  changedFields: string[];

  @Field(() => Int, {
    description: 'Link rows (engagements, affiliations …) the merge moved or de-duplicated.',
  })
  linkCount: number;

  @Field(() => Date, { nullable: true })
  undoneAt: Date | null;

  @Field(() => ID, { nullable: true })
  undoneById: string | null;
}

@ObjectType()
export class MergeResult {
  @Field(() => Merge)
  merge: Merge;

  @Field(() => Int, { description: 'Links moved to the survivor.' })
  movedLinks: number;

  @Field(() => Int, {
    description:
      'Links of the merged record the survivor already had: removed or put in the trash (undo restores them).',
  })
  duplicateLinks: number;

  @Field(() => Organization, { nullable: true, description: 'The survivor, for organisations.' })
  organization: Organization | null;

  @Field(() => Person, { nullable: true, description: 'The survivor, for people.' })
  person: Person | null;
}

@ObjectType()
export class UndoMergeResult {
  @Field(() => Merge)
  merge: Merge;

  @Field(() => Int)
  restoredLinks: number;

  @Field(() => Int, { description: 'Links changed or removed since the merge, so not moved back.' })
  skippedLinks: number;

  @Field(() => [String], {
    description:
      'Survivor fields edited since the merge: their newer value was kept rather than the one before.',
  })
  keptFields: string[];

  @Field(() => Organization, { nullable: true, description: 'The restored record, for organisations.' })
  organization: Organization | null;

  @Field(() => Person, { nullable: true, description: 'The restored record, for people.' })
  person: Person | null;
}
