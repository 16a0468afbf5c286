import { graphql } from '../gql';

/** Where this browser's sign-in stands (the password step done, a code awaited, an enrolment required …). */
export const SignInStageDocument = graphql(`
  query SignInStage {
    signInStage
  }
`);

export const VerifySecondFactorDocument = graphql(`
  mutation VerifySecondFactor($input: SecondFactorCodeInput!) {
    verifySecondFactor(input: $input) {
      ...CurrentUser_user
    }
  }
`);

export const MySecondFactorDocument = graphql(`
  query MySecondFactor {
    mySecondFactor {
      enabled
      recoveryCodesLeft
      requiredForMyRole
    }
  }
`);

export const StartSecondFactorEnrolmentDocument = graphql(`
  mutation StartSecondFactorEnrolment {
    startSecondFactorEnrolment {
      secret
      uri
      qrCodeDataUrl
    }
  }
`);

export const ConfirmSecondFactorDocument = graphql(`
  mutation ConfirmSecondFactor($input: SecondFactorCodeInput!) {
    confirmSecondFactor(input: $input) {
      codes
    }
  }
`);

export const DisableSecondFactorDocument = graphql(`
  mutation DisableSecondFactor($input: DisableSecondFactorInput!) {
    disableSecondFactor(input: $input)
  }
`);

export const RegenerateRecoveryCodesDocument = graphql(`
  mutation RegenerateRecoveryCodes($input: SecondFactorCodeInput!) {
    regenerateRecoveryCodes(input: $input) {
      codes
    }
  }
`);

export const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      userAgent
      ip
      startedAt
      lastSeenAt
      current
      signInPending
    }
  }
`);

export const RevokeMySessionDocument = graphql(`
  mutation RevokeMySession($id: ID!) {
    revokeMySession(id: $id)
  }
`);

export const RevokeMyOtherSessionsDocument = graphql(`
  mutation RevokeMyOtherSessions {
    revokeMyOtherSessions
  }
`);

export const SecuritySettingsDocument = graphql(`
  query SecuritySettings {
    securitySettings {
      secondFactorRequiredFor
    }
  }
`);

export const SetSecondFactorRequiredRolesDocument = graphql(`
  mutation SetSecondFactorRequiredRoles($input: SetSecondFactorRequiredRolesInput!) {
    setSecondFactorRequiredRoles(input: $input) {
      secondFactorRequiredFor
    }
  }
`);

export const RevokeUserSessionsDocument = graphql(`
  mutation RevokeUserSessions($id: ID!) {
    revokeUserSessions(id: $id)
  }
`);
