import { OrganizationKind, OrganizationScope, RelationshipType } from '@convene/domain';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { RecordVersionInput, SortOrder } from '../../common/common.inputs';
import { DirectoryFilter } from '../../common/directory-filter';
import { PageArgs } from '../../common/pagination';
import { Trim } from '../../common/validation';
import { CountryCode, DateOnly, Name, OptionalText, ThemeKeys, Website } from '../../common/validators';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

export enum OrganizationSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(OrganizationSortField, { name: 'OrganizationSortField' });

@InputType()
export class OrganizationFilter extends DirectoryFilter {
  @Field(() => String, { nullable: true, description: 'Matches name or acronym, ignoring case.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => [OrganizationKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(OrganizationKind, { each: true })
  kinds?: OrganizationKind[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: current Core Group members; false: the others.',
  })
  @IsOptional()
  @IsBoolean()
  coreGroup?: boolean;
}

@InputType()
export class OrganizationSort {
  @Field(() => OrganizationSortField)
  @IsEnum(OrganizationSortField)
  field: OrganizationSortField;

  @Field(() => SortOrder, { nullable: true })
  @IsOptional()
  @IsEnum(SortOrder)
  order?: SortOrder;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;

  @Field(() => OrganizationSort, { nullable: true, description: 'Default: by name, A to Z.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationSort)
  sort?: OrganizationSort;
}

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Name()
  name: string;

  @Field(() => String, { nullable: true })
  @OptionalText(50)
  acronym?: string | null;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CountryCode()
  countryCode?: string | null;

  @Field(() => OrganizationScope, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationScope)
  scope?: OrganizationScope | null;

  @Field(() => String, { nullable: true })
  @Website()
  website?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a record id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Name()
  name?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(50)
  acronym?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CountryCode()
  countryCode?: string | null;

  @Field(() => OrganizationScope, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationScope)
  scope?: OrganizationScope | null;

  @Field(() => String, { nullable: true })
  @Website()
  website?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];
}

@InputType()
export class AddRelationshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not an organisation id' })
  sourceId: string;

  @Field(() => RelationshipType)
  @IsEnum(RelationshipType)
  type: RelationshipType;

  @Field(() => ID)
  @IsUUID('all', { message: 'is not an organisation id' })
  targetId: string;

  @Field(() => String, { nullable: true })
  @DateOnly()
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @DateOnly()
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(1000)
  note?: string | null;
}

@InputType()
export class AddCoreGroupMembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @DateOnly()
  startDate: string;

  @Field(() => String, { nullable: true })
  @DateOnly()
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(1000)
  note?: string | null;
}

@InputType()
export class EndRecordInput extends RecordVersionInput {
  @Field({ description: 'YYYY-MM-DD' })
  @DateOnly()
  endDate: string;
}
