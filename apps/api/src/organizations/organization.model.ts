import { OrganizationKind, OrganizationScope, RelationshipType, RiskLevel } from '@convene/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(OrganizationScope, { name: 'OrganizationScope' });
registerEnumType(RelationshipType, { name: 'RelationshipType' });
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: 'Risk of reprisals. ELEVATED and HIGH records are need-to-know.',
});

/** Fields withheld from viewers not cleared for an organisation's risk level. */
export const ORGANIZATION_PROTECTED_FIELDS = [
  'name',
  'acronym',
  'countryCode',
  'scope',
  'website',
  'description',
  'themes',
] as const;

@ObjectType({ description: 'An organisation: CSO, network, NGO, UN entity, State, regional organisation …' })
export class Organization {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Null only when withheld (see `withheld`).' })
  name: string | null;

  @Field(() => String, { nullable: true })
  acronym: string | null;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country of base.' })
  countryCode: string | null;

  @Field(() => OrganizationScope, { nullable: true })
  scope: OrganizationScope | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [String], { nullable: true, description: 'Theme keys.' })
  themes: string[] | null;

  @Field(() => RiskLevel, {
    nullable: true,
    description: 'Only for those who manage protection; null for others.',
  })
  riskLevel: RiskLevel | null;

  @Field(() => [String], {
    description: 'Fields withheld from you because the record is protected and you are not cleared for it.',
  })
  withheld: string[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'Set when this record was merged into another: the survivor (see `undoMerge`).',
  })
  mergedIntoId: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the record is in the trash.' })
  deletedAt: Date | null;

  @Field(() => Int)
  version: number;
}

export const OrganizationConnection = ConnectionType(Organization, 'Organization');

@ObjectType({ description: '"source <type> target", e.g. a CSO MEMBER_OF a network, with dates.' })
export class OrganizationRelationship {
  @Field(() => ID)
  id: string;

  @Field(() => RelationshipType)
  type: RelationshipType;

  @Field(() => ID)
  sourceId: string;

  @Field(() => ID)
  targetId: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while it lasts.' })
  endDate: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when it is in the trash.' })
  deletedAt?: Date | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: "A dated membership of the Dialogue's Core Group." })
export class CoreGroupMembership {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organizationId: string;

  @Field({ description: 'YYYY-MM-DD' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while it lasts.' })
  endDate: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when it is in the trash.' })
  deletedAt?: Date | null;

  @Field(() => Int)
  version: number;
}
