import { Role } from '@convene/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX } from '../auth/password';

export enum SignInStage {
  SIGNED_OUT = 'SIGNED_OUT',
  /** The password was right; the code from the authenticator app (or a recovery code) is awaited. */
  SECOND_FACTOR = 'SECOND_FACTOR',
  /** The user's role requires two-step sign-in and they have none: they must set it up first. */
  ENROL_SECOND_FACTOR = 'ENROL_SECOND_FACTOR',
  SIGNED_IN = 'SIGNED_IN',
}
registerEnumType(SignInStage, {
  name: 'SignInStage',
  description: 'Where the sign-in of this browser stands.',
});

@ObjectType({ description: 'A new secret for an authenticator app; active only once confirmed with a code.' })
export class SecondFactorEnrolment {
  @Field({ description: 'The secret in base32, for typing into the app by hand.' })
  secret: string;

  @Field({ description: 'The otpauth:// URI the QR code holds.' })
  uri: string;

  @Field({ description: 'The QR code, as a data: URL of a PNG image.' })
  qrCodeDataUrl: string;
}

@ObjectType()
export class SecondFactorStatus {
  @Field()
  enabled: boolean;

  @Field(() => Int)
  recoveryCodesLeft: number;

  @Field({ description: "True when the user's role must use two-step sign-in (it cannot be turned off)." })
  requiredForMyRole: boolean;
}

@ObjectType({ description: 'One-time recovery codes: shown once, stored only as hashes.' })
export class RecoveryCodes {
  @Field(() => [String])
  codes: string[];
}

@ObjectType()
export class SecuritySettings {
  @Field(() => [Role], { description: 'Roles whose users must use two-step sign-in.' })
  secondFactorRequiredFor: Role[];
}

@ObjectType({ description: 'A signed-in browser or device of the user.' })
export class UserSession {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field()
  startedAt: Date;

  @Field()
  lastSeenAt: Date;

  @Field({ description: 'The session this request came with.' })
  current: boolean;

  @Field({ description: 'A sign-in that waits for its second factor.' })
  signInPending: boolean;
}

@InputType()
export class SecondFactorCodeInput {
  @Field({ description: 'The 6-digit code from the authenticator app, or a recovery code.' })
  @IsString()
  @Length(6, 20, { message: 'must be the 6-digit code from your app or a recovery code' })
  code: string;
}

@InputType()
export class DisableSecondFactorInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX * 4, { message: `must be at most ${PASSWORD_MAX} characters` })
  password: string;

  @Field({ description: 'A current code from the authenticator app, or a recovery code.' })
  @IsString()
  @Length(6, 20, { message: 'must be the 6-digit code from your app or a recovery code' })
  code: string;
}

@InputType()
export class SetSecondFactorRequiredRolesInput {
  @Field(() => [Role])
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(Role, { each: true })
  roles: Role[];
}
