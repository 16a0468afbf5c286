import { Module } from '@nestjs/common';
import { DialoguesModule } from '../dialogues/dialogues.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { OrganizationTimelineResolver, PersonTimelineResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';

@Module({
  imports: [EngagementsModule, FollowUpsModule, DialoguesModule],
  providers: [TimelineService, OrganizationTimelineResolver, PersonTimelineResolver],
})
export class TimelineModule {}
