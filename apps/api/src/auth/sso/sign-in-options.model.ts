import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LocalLogin {
  /** Everyone with a password may sign in with it. */
  ALL = 'ALL',
  /** Only administrators may sign in with a password (break-glass); everyone else uses single sign-on. */
  ADMINS = 'ADMINS',
}

registerEnumType(LocalLogin, { name: 'LocalLogin', description: 'Who may sign in with a password' });

@ObjectType({ description: 'How one can sign in: what the login page offers.' })
export class SignInOptions {
  @Field({ description: 'True when single sign-on (OpenID Connect) is configured.' })
  singleSignOn: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The single sign-on button\'s text, e.g. "Sign in with UN account"; null when it is off.',
  })
  singleSignOnLabel: string | null;

  @Field({ description: 'Where the button leads: GET this path (it redirects to the provider).' })
  singleSignOnPath: string;

  @Field(() => LocalLogin)
  localLogin: LocalLogin;
}
