import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { OrganizationTimelineResolver, PersonTimelineResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';

@Module({
  imports: [EngagementsModule, FollowUpsModule],
  providers: [TimelineService, OrganizationTimelineResolver, PersonTimelineResolver],
})
export class TimelineModule {}
