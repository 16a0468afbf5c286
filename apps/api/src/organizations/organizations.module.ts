import { Module } from '@nestjs/common';
import { HistoryService } from '../history/history.service';
import {
  CoreGroupMembershipsResolver,
  OrganizationRelationshipsResolver,
  OrganizationsResolver,
} from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  providers: [
    HistoryService,
    OrganizationsService,
    OrganizationsResolver,
    OrganizationRelationshipsResolver,
    CoreGroupMembershipsResolver,
  ],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
