import { LoginFailureEntity } from '../auth/login-attempt.entity';
import { HistoryEntryEntity } from '../history/history-entry.entity';
import { CoreGroupMembershipEntity } from '../organizations/core-group-membership.entity';
import { OrganizationRelationshipEntity } from '../organizations/organization-relationship.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { AffiliationEntity } from '../people/affiliation.entity';
import { PersonEntity } from '../people/person.entity';
import { DialogueParticipationSessionEntity } from '../dialogues/dialogue-participation-session.entity';
import { DialogueParticipationEntity } from '../dialogues/dialogue-participation.entity';
import { DialogueSessionEntity } from '../dialogues/dialogue-session.entity';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { EngagementOrganizationEntity } from '../engagements/engagement-organization.entity';
import { EngagementPersonEntity } from '../engagements/engagement-person.entity';
import { EngagementStaffEntity } from '../engagements/engagement-staff.entity';
import { EngagementEntity } from '../engagements/engagement.entity';
import { FollowUpEntity } from '../follow-ups/follow-up.entity';
import { CollaborationPartnerEntity } from '../collaborations/collaboration-partner.entity';
import { CollaborationEntity } from '../collaborations/collaboration.entity';
import {
  RecommendationOrganizationEntity,
  RecommendationPersonEntity,
} from '../recommendations/recommendation-contributor.entity';
import { RecommendationEntity } from '../recommendations/recommendation.entity';
import {
  CountryEntity,
  GlobalSouthClassificationEntity,
  M49RegionEntity,
  PolicyProcessEntity,
  SettingEntity,
  ThemeEntity,
} from '../reference/reference.entities';
import { SessionEntity } from '../auth/session.entity';
import { InvitationEntity } from '../users/invitation.entity';
import { UserEntity } from '../users/user.entity';
import { SavedViewEntity } from '../saved-views/saved-view.entity';
import { ExportLogEntity } from '../exports/export-log.entity';
import { DuplicateDismissalEntity, MergeEntity } from '../duplicates/merge.entity';
import { ImportEntity, ImportMappingEntity, ImportRowEntity } from '../imports/import.entity';
import { AccessGrantEntity, AccessLogEntity, RevealEntity } from '../protection/protection.entities';
import { ConsentEventEntity } from '../consents/consent-event.entity';
import {
  RetentionFlagEntity,
  RetentionPolicyEntity,
  ScheduledJobEntity,
} from '../retention/retention.entity';
import { OidcLoginRequestEntity } from '../auth/sso/oidc-login-request.entity';
import { UserIdentityEntity } from '../auth/sso/user-identity.entity';
import { RecoveryCodeEntity } from '../second-factor/recovery-code.entity';

/** Every TypeORM entity, listed explicitly (no globs: the same list works in the build and under Jest). */
export const entities = [
  UserEntity,
  InvitationEntity,
  SessionEntity,
  LoginFailureEntity,
  HistoryEntryEntity,
  OrganizationEntity,
  OrganizationRelationshipEntity,
  CoreGroupMembershipEntity,
  PersonEntity,
  AffiliationEntity,
  CountryEntity,
  M49RegionEntity,
  GlobalSouthClassificationEntity,
  ThemeEntity,
  PolicyProcessEntity,
  SettingEntity,
  DialogueEntity,
  EngagementEntity,
  EngagementOrganizationEntity,
  EngagementPersonEntity,
  EngagementStaffEntity,
  FollowUpEntity,
  DialogueSessionEntity,
  DialogueParticipationEntity,
  DialogueParticipationSessionEntity,
  CollaborationEntity,
  CollaborationPartnerEntity,
  RecommendationEntity,
  RecommendationOrganizationEntity,
  RecommendationPersonEntity,
  SavedViewEntity,
  ExportLogEntity,
  MergeEntity,
  DuplicateDismissalEntity,
  ImportEntity,
  ImportRowEntity,
  ImportMappingEntity,
  AccessGrantEntity,
  RevealEntity,
  AccessLogEntity,
  ConsentEventEntity,
  RetentionPolicyEntity,
  RetentionFlagEntity,
  ScheduledJobEntity,
  UserIdentityEntity,
  OidcLoginRequestEntity,
  RecoveryCodeEntity,
];
