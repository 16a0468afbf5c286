import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { InvitationsService } from './invitations.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [SessionsModule],
  providers: [UsersService, InvitationsService, UsersResolver],
  exports: [UsersService, InvitationsService],
})
export class UsersModule {}
