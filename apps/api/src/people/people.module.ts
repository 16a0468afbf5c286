import { Module } from '@nestjs/common';
import { HistoryService } from '../history/history.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AffiliationsResolver, OrganizationPeopleResolver, PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [OrganizationsModule],
  providers: [
    HistoryService,
    PeopleService,
    PeopleResolver,
    AffiliationsResolver,
    OrganizationPeopleResolver,
  ],
  exports: [PeopleService],
})
export class PeopleModule {}
