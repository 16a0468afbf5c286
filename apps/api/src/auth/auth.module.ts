import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionGuard } from './session.guard';
import { SessionsModule } from './sessions.module';
import { SessionsResolver } from './sessions.resolver';
import { SecondFactorService } from '../second-factor/second-factor.service';
import { SecondFactorSignInService } from '../second-factor/second-factor-sign-in.service';
import { SecondFactorResolver, UserSecondFactorResolver } from '../second-factor/second-factor.resolver';

@Module({
  imports: [SessionsModule, UsersModule],
  providers: [
    AuthService,
    AuthResolver,
    LoginThrottleService,
    { provide: APP_GUARD, useClass: SessionGuard },
    SecondFactorService,
    SecondFactorSignInService,
    SecondFactorResolver,
    UserSecondFactorResolver,
    SessionsResolver,
  ],
})
export class AuthModule {}
