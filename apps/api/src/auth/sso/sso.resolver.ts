import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.tokens';
import { Public } from '../access.decorators';
import { LocalLogin, SignInOptions } from './sign-in-options.model';

@Resolver()
export class SsoResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Query(() => SignInOptions, { description: 'What the login page offers: single sign-on, passwords.' })
  signInOptions(): SignInOptions {
    return {
      singleSignOn: this.config.oidc !== null,
      singleSignOnLabel: this.config.oidc?.buttonLabel ?? null,
      singleSignOnPath: '/auth/oidc/login',
      localLogin: this.config.localLogin === 'admins' ? LocalLogin.ADMINS : LocalLogin.ALL,
    };
  }
}
