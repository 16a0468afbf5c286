import { Module } from '@nestjs/common';
import { UsersModule } from '../../users/users.module';
import { SessionsModule } from '../sessions.module';
import { SsoController } from './sso.controller';
import { SsoResolver } from './sso.resolver';
import { SsoService } from './sso.service';

/** Single sign-on with OpenID Connect (see the README's "Single sign-on" section). */
@Module({
  imports: [SessionsModule, UsersModule],
  controllers: [SsoController],
  providers: [SsoService, SsoResolver],
})
export class SsoModule {}
