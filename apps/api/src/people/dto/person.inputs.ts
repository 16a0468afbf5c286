import { AgeBand } from '@convene/domain';
import { ArgsType, Field, ID, InputType, Int, PartialType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SortOrder } from '../../common/common.inputs';
import { DirectoryFilter } from '../../common/directory-filter';
import { PageArgs } from '../../common/pagination';
import { ConsentFilter } from '../../consents/dto/consent.inputs';
import { NormaliseEmail, Trim } from '../../common/validation';
import { CountryCode, DateOnly, Name, OptionalText, ThemeKeys } from '../../common/validators';

export enum PersonSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(PersonSortField, { name: 'PersonSortField' });

const Languages = () => [
  IsOptional(),
  IsArray(),
  ArrayMaxSize(20),
  Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    each: true,
    message: 'must be language tags such as en, fr or ar',
  }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType()
export class PersonFilter extends DirectoryFilter {
  @Field(() => String, { nullable: true, description: 'Matches name or email, ignoring case.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'People affiliated (now or before) with this organisation.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId?: string;

  @Field(() => ConsentFilter, {
    nullable: true,
    description: 'People whose consent to a purpose is given, withdrawn or not asked (no answer) now.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentFilter)
  consent?: ConsentFilter;
}

@InputType()
export class PersonSort {
  @Field(() => PersonSortField)
  @IsEnum(PersonSortField)
  field: PersonSortField;

  @Field(() => SortOrder, { nullable: true })
  @IsOptional()
  @IsEnum(SortOrder)
  order?: SortOrder;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonFilter)
  filter?: PersonFilter;

  @Field(() => PersonSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonSort)
  sort?: PersonSort;
}

@InputType()
export class CreatePersonInput {
  @Field()
  @Name(200)
  fullName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NormaliseEmail()
  @IsEmail({}, { message: 'must be an email address such as name@example.org' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Matches(/^[+0-9 ().-]{5,40}$/, { message: 'must be a phone number such as +254 20 123 4567' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CountryCode()
  countryCode?: string | null;

  @Field(() => [String], { nullable: true })
  @apply(Languages())
  languages?: string[];

  @Field(() => String, { nullable: true, description: 'Self-described, optional.' })
  @OptionalText(100)
  gender?: string | null;

  @Field(() => AgeBand, { nullable: true })
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand | null;

  @Field(() => String, { nullable: true })
  @DateOnly()
  ageBandDeclaredOn?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];

  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  notes?: string | null;
}

@InputType()
export class UpdatePersonInput extends PartialType(CreatePersonInput) {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a record id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class AddAffiliationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a person id' })
  personId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId: string;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  role?: string | null;

  @Field(() => String, { nullable: true })
  @DateOnly()
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @DateOnly()
  endDate?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Makes this the primary affiliation (others stop being).',
  })
  @IsOptional()
  @IsBoolean()
  isPrimary?: boolean;
}
