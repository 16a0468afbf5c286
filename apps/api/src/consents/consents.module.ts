import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { ConsentsResolver, PersonConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';

@Module({
  imports: [PeopleModule],
  providers: [ConsentsService, ConsentsResolver, PersonConsentsResolver],
  exports: [ConsentsService],
})
export class ConsentsModule {}
