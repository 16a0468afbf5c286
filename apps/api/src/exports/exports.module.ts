import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { CollaborationsModule } from '../collaborations/collaborations.module';
import { DialoguesModule } from '../dialogues/dialogues.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { ExportLogResolver } from './export-log.resolver';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** Whole lists as CSV or XLSX (POST /exports), and the log of who exported what (GraphQL, administrators). */
@Module({
  imports: [
    SessionsModule,
    OrganizationsModule,
    PeopleModule,
    EngagementsModule,
    FollowUpsModule,
    CollaborationsModule,
    RecommendationsModule,
    DialoguesModule,
  ],
  controllers: [ExportsController],
  providers: [ExportsService, ExportLogResolver],
})
export class ExportsModule {}
