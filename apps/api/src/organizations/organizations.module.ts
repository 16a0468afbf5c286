import { Module } from '@nestjs/common';
import { OrganizationRelationshipsResolver, OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  providers: [OrganizationsService, OrganizationsResolver, OrganizationRelationshipsResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
