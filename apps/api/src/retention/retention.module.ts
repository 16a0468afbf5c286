import { Module } from '@nestjs/common';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { PeopleModule } from '../people/people.module';
import { ErasureService } from './erasure.service';
import { RetentionResolver } from './retention.resolver';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

@Module({
  imports: [PeopleModule, DuplicatesModule],
  providers: [ErasureService, RetentionService, RetentionScheduler, RetentionResolver],
})
export class RetentionModule {}
