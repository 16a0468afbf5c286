import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionGuard } from './session.guard';
import { SessionsModule } from './sessions.module';

@Module({
  imports: [SessionsModule, UsersModule],
  providers: [
    AuthService,
    AuthResolver,
    LoginThrottleService,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
})
export class AuthModule {}
