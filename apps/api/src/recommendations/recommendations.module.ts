import { Module } from '@nestjs/common';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { HistoryService } from '../history/history.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import {
  FollowUpRecommendationResolver,
  RecommendationOrganizationsResolver,
  RecommendationPeopleResolver,
  RecommendationsResolver,
} from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [OrganizationsModule, PeopleModule, FollowUpsModule],
  providers: [
    RecommendationsService,
    RecommendationsResolver,
    RecommendationOrganizationsResolver,
    RecommendationPeopleResolver,
    FollowUpRecommendationResolver,
    HistoryService,
  ],
  exports: [RecommendationsService],
})
export class RecommendationsModule {}
