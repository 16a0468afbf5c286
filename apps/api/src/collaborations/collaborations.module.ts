import { Module } from '@nestjs/common';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { HistoryService } from '../history/history.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import {
  CollaborationPartnersResolver,
  CollaborationsResolver,
  FollowUpCollaborationResolver,
} from './collaborations.resolver';
import { CollaborationsService } from './collaborations.service';

@Module({
  imports: [OrganizationsModule, FollowUpsModule],
  providers: [
    CollaborationsService,
    CollaborationsResolver,
    CollaborationPartnersResolver,
    FollowUpCollaborationResolver,
    HistoryService,
  ],
  exports: [CollaborationsService],
})
export class CollaborationsModule {}
