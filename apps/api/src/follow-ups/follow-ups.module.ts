import { Module } from '@nestjs/common';
import { HistoryService } from '../history/history.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import { FollowUpsResolver, OrganizationFollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';

@Module({
  imports: [OrganizationsModule],
  providers: [FollowUpsService, FollowUpsResolver, OrganizationFollowUpsResolver, HistoryService],
  exports: [FollowUpsService],
})
export class FollowUpsModule {}
