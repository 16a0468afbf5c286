import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AuthModule } from './auth/auth.module';
import { AuthResolver } from './auth/auth.resolver';
import { validationPipe } from './common/validation';
import type { AppConfig } from './config/config';
import { APP_CONFIG, APP_LOGGER } from './config/config.tokens';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthModule } from './health/health.module';
import { UsersResolver } from './users/users.resolver';
import { HistoryModule } from './history/history.module';
import { ReferenceModule } from './reference/reference.module';
import { DialoguesModule } from './dialogues/dialogues.module';
import { DialogueSessionsResolver, DialoguesResolver } from './dialogues/dialogues.resolver';
import {
  OrganizationParticipationsResolver,
  ParticipationsResolver,
  PersonParticipationsResolver,
} from './dialogues/participations.resolver';
import { ReferenceResolver } from './reference/reference.resolver';
import { OrganizationHistoryResolver, PersonHistoryResolver } from './history/history.resolver';
import { OrganizationsModule } from './organizations/organizations.module';
import {
  CoreGroupMembershipsResolver,
  OrganizationRelationshipsResolver,
  OrganizationsResolver,
} from './organizations/organizations.resolver';
import { PeopleModule } from './people/people.module';
import { AffiliationsResolver, OrganizationPeopleResolver, PeopleResolver } from './people/people.resolver';
import { EngagementsModule } from './engagements/engagements.module';
import {
  EngagementOrganizationsResolver,
  EngagementPeopleResolver,
  EngagementsResolver,
  FollowUpEngagementResolver,
} from './engagements/engagements.resolver';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { FollowUpsResolver, OrganizationFollowUpsResolver } from './follow-ups/follow-ups.resolver';
import { TimelineModule } from './timeline/timeline.module';
import { CollaborationsModule } from './collaborations/collaborations.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import {
  FollowUpRecommendationResolver,
  RecommendationOrganizationsResolver,
  RecommendationPeopleResolver,
  RecommendationsResolver,
} from './recommendations/recommendations.resolver';
import {
  CollaborationPartnersResolver,
  CollaborationsResolver,
  FollowUpCollaborationResolver,
} from './collaborations/collaborations.resolver';
import { OrganizationTimelineResolver, PersonTimelineResolver } from './timeline/timeline.resolver';
import { OrganizationEngagementsResolver } from './engagements/organization-engagements.resolver';
import { OrganizationCountryResolver, PersonCountryResolver } from './reference/country-fields.resolver';
import { SavedViewsModule } from './saved-views/saved-views.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { DuplicatesResolver } from './duplicates/duplicates.resolver';
import { DashboardResolver } from './dashboard/dashboard.resolver';
import { SavedViewsResolver } from './saved-views/saved-views.resolver';
import { ExportsModule } from './exports/exports.module';
import { ExportLogResolver } from './exports/export-log.resolver';
import { SearchModule } from './search/search.module';
import { SearchResolver } from './search/search.resolver';
import { ImportsModule } from './imports/imports.module';
import { ImportsResolver } from './imports/imports.resolver';
import { ProtectionModule } from './protection/protection.module';
import { AccessGrantResolver, AccessLogResolver, ProtectionResolver } from './protection/protection.resolver';
import { ConsentsModule } from './consents/consents.module';
import { ConsentsResolver, PersonConsentsResolver } from './consents/consents.resolver';
import { RetentionModule } from './retention/retention.module';
import { RetentionResolver } from './retention/retention.resolver';
import { SsoModule } from './auth/sso/sso.module';
import { SsoResolver } from './auth/sso/sso.resolver';
import { SecondFactorResolver, UserSecondFactorResolver } from './second-factor/second-factor.resolver';
import { SessionsResolver } from './auth/sessions.resolver';

/** Every resolver, for printing the schema without a database (cli/print-schema.ts). */
export const RESOLVERS = [
  OrganizationCountryResolver,
  PersonCountryResolver,
  OrganizationEngagementsResolver,
  AuthResolver,
  UsersResolver,
  OrganizationsResolver,
  OrganizationRelationshipsResolver,
  CoreGroupMembershipsResolver,
  PeopleResolver,
  AffiliationsResolver,
  OrganizationPeopleResolver,
  OrganizationHistoryResolver,
  PersonHistoryResolver,
  ReferenceResolver,
  DialoguesResolver,
  DialogueSessionsResolver,
  ParticipationsResolver,
  PersonParticipationsResolver,
  OrganizationParticipationsResolver,
  EngagementsResolver,
  EngagementOrganizationsResolver,
  EngagementPeopleResolver,
  FollowUpEngagementResolver,
  FollowUpsResolver,
  OrganizationFollowUpsResolver,
  OrganizationTimelineResolver,
  PersonTimelineResolver,
  CollaborationsResolver,
  CollaborationPartnersResolver,
  FollowUpCollaborationResolver,
  RecommendationsResolver,
  RecommendationOrganizationsResolver,
  RecommendationPeopleResolver,
  FollowUpRecommendationResolver,
  SavedViewsResolver,
  DashboardResolver,
  ExportLogResolver,
  SearchResolver,
  DuplicatesResolver,
  ImportsResolver,
  ProtectionResolver,
  AccessGrantResolver,
  AccessLogResolver,
  ConsentsResolver,
  PersonConsentsResolver,
  RetentionResolver,
  SsoResolver,
  SecondFactorResolver,
  UserSecondFactorResolver,
  SessionsResolver,
];

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  /** Already initialised and migrated by main.ts (or a test). */
  dataSource: DataSource;
}

@Module({})
export class AppModule {
  static forRoot({ config, logger, dataSource }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: () => Promise.resolve(dataSource),
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(config, logger),
        }),
        HealthModule,
        AuthModule,
        OrganizationsModule,
        PeopleModule,
        HistoryModule,
        ReferenceModule,
        DialoguesModule,
        FollowUpsModule,
        EngagementsModule,
        TimelineModule,
        CollaborationsModule,
        RecommendationsModule,
        SavedViewsModule,
        SearchModule,
        DashboardModule,
        ExportsModule,
        DuplicatesModule,
        ImportsModule,
        ProtectionModule,
        ConsentsModule,
        RetentionModule,
        SsoModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_LOGGER, useValue: logger },
        { provide: APP_PIPE, useFactory: validationPipe },
      ],
      exports: [APP_CONFIG, APP_LOGGER],
    };
  }
}
