import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { DuplicateFinderService } from './duplicate-finder.service';
import { DuplicatesResolver } from './duplicates.resolver';
import { MergeService } from './merge.service';

@Module({
  imports: [OrganizationsModule, PeopleModule],
  providers: [DuplicateFinderService, MergeService, DuplicatesResolver],
  exports: [DuplicateFinderService],
})
export class DuplicatesModule {}
