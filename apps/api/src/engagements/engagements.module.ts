import { Module } from '@nestjs/common';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { HistoryService } from '../history/history.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import {
  EngagementOrganizationsResolver,
  EngagementPeopleResolver,
  EngagementsResolver,
  FollowUpEngagementResolver,
} from './engagements.resolver';
import { EngagementsService } from './engagements.service';
import { OrganizationEngagementsResolver } from './organization-engagements.resolver';

@Module({
  imports: [OrganizationsModule, PeopleModule, FollowUpsModule],
  providers: [
    EngagementsService,
    EngagementsResolver,
    EngagementOrganizationsResolver,
    EngagementPeopleResolver,
    FollowUpEngagementResolver,
    OrganizationEngagementsResolver,
    HistoryService,
  ],
  exports: [EngagementsService],
})
export class EngagementsModule {}
