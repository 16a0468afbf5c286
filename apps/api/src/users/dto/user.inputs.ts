import { RiskLevel, Role } from '@convene/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  ValidateNested,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { PASSWORD_MAX } from '../../auth/password';
import { PageArgs } from '../../common/pagination';
import { NormaliseEmail, Trim } from '../../common/validation';

export const LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;

const EMAIL = { message: 'must be an email address such as name@example.org' };
const NAME = { message: 'must be 1 to 120 characters' };
const PASSWORD = { message: `must be at most ${PASSWORD_MAX} characters` };

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Matches name or email, ignoring case.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  includeDisabled?: boolean;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}

@InputType()
export class CreateFirstAdminInput {
  @Field()
  @NormaliseEmail()
  @IsEmail({}, EMAIL)
  @MaxLength(254)
  email: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 120, NAME)
  displayName: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX * 4, PASSWORD)
  password: string;
}

@InputType()
export class InviteUserInput {
  @Field()
  @NormaliseEmail()
  @IsEmail({}, EMAIL)
  @MaxLength(254)
  email: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(10, 100, { message: 'is not a valid invitation link' })
  token: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 120, NAME)
  displayName: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX * 4, PASSWORD)
  password: string;
}

@InputType()
export class ChangeUserRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a user id' })
  id: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class SetUserDisabledInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a user id' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class UpdateMyPreferencesInput {
  @Field()
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })
  locale: string;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX * 4, PASSWORD)
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX * 4, PASSWORD)
  newPassword: string;
}

@InputType()
export class LoginInput {
  @Field()
  @NormaliseEmail()
  @IsString()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX * 4, PASSWORD)
  password: string;
}

@InputType()
export class SetUserClearanceInput extends SetUserDisabledInput {
  @Field(() => RiskLevel)
  @IsEnum(RiskLevel)
  clearance: RiskLevel;
}

@InputType()
export class SetUserOrganizationInput extends SetUserDisabledInput {
  @Field(() => ID, { nullable: true, description: 'Null to unlink.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not an organisation id' })
  organizationId?: string | null;
}
