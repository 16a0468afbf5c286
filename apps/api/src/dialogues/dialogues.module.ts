import { Module } from '@nestjs/common';
import { HistoryService } from '../history/history.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { DialogueSessionsResolver, DialoguesResolver } from './dialogues.resolver';
import { DialoguesService } from './dialogues.service';
import {
  OrganizationParticipationsResolver,
  ParticipationsResolver,
  PersonParticipationsResolver,
} from './participations.resolver';
import { ParticipationsService } from './participations.service';

@Module({
  imports: [OrganizationsModule, PeopleModule],
  providers: [
    DialoguesService,
    ParticipationsService,
    DialoguesResolver,
    DialogueSessionsResolver,
    ParticipationsResolver,
    PersonParticipationsResolver,
    OrganizationParticipationsResolver,
    HistoryService,
  ],
  exports: [DialoguesService, ParticipationsService],
})
export class DialoguesModule {}
