import { LoginFailureEntity } from '../auth/login-attempt.entity';
import { SessionEntity } from '../auth/session.entity';
import { InvitationEntity } from '../users/invitation.entity';
import { UserEntity } from '../users/user.entity';

/** Every TypeORM entity, listed explicitly (no globs: the same list works in the build and under Jest). */
export const entities = [UserEntity, InvitationEntity, SessionEntity, LoginFailureEntity];
