import { AgeBand, RiskLevel } from '@convene/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';

registerEnumType(AgeBand, { name: 'AgeBand', description: 'Self-declared; youth (YPS) is AGE_18_29.' });

/** Fields withheld from viewers not cleared for a person's risk level. */
export const PERSON_PROTECTED_FIELDS = [
  'fullName',
  'email',
  'phone',
  'countryCode',
  'languages',
  'gender',
  'ageBand',
  'ageBandDeclaredOn',
  'themes',
  'notes',
] as const;

@ObjectType({ description: 'A contact: someone Convene works with.' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Null only when withheld (see `withheld`).' })
  fullName: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country of base.' })
  countryCode: string | null;

  @Field(() => [String], { nullable: true })
  languages: string[] | null;

  @Field(() => String, { nullable: true, description: 'Self-described, optional.' })
  gender: string | null;

  @Field(() => AgeBand, { nullable: true })
  ageBand: AgeBand | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the age band was declared.' })
  ageBandDeclaredOn: string | null;

  @Field(() => [String], { nullable: true })
  themes: string[] | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => RiskLevel, {
    nullable: true,
    description: 'Only for those who manage protection; null for others.',
  })
  riskLevel: RiskLevel | null;

  @Field(() => [String], {
    description: 'Fields withheld from you because the person is protected and you are not cleared for them.',
  })
  withheld: string[];

  @Field(() => [String], {
    description:
      'Contact details (email, phone) masked because the person is protected: null until you reveal them with a reason (`revealPerson`), for 15 minutes.',
  })
  masked: string[];

  @Field(() => Date, {
    nullable: true,
    description:
      'Until when your reveal of this protected person’s contact details lasts (this session); null when none.',
  })
  revealedUntil: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'Set when this record was merged into another: the survivor (see `undoMerge`).',
  })
  mergedIntoId: string | null;

  @Field(() => Date, { nullable: true })
  deletedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Set when the person was erased: an anonymous tombstone, no longer editable (see erasePerson).',
  })
  erasedAt: Date | null;

  @Field(() => Int)
  version: number;
}

export const PersonConnection = ConnectionType(Person, 'Person');

@ObjectType({ description: "A person's role at an organisation, with dates." })
export class Affiliation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  organizationId: string;

  /** Resolved by AffiliationsResolver: withheld with a protected person. */
  role: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while it lasts.' })
  endDate: string | null;

  @Field()
  isPrimary: boolean;

  @Field(() => Date, { nullable: true, description: 'Set when it is in the trash.' })
  deletedAt?: Date | null;

  @Field(() => Int)
  version: number;
}
