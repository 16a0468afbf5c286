import { graphql } from '../../../gql';

/** The person's consent: where they stand on each purpose, and the story of every change. */
export const PersonConsentDocument = graphql(`
  query PersonConsent($id: ID!) {
    person(id: $id) {
      id
      version
      withheld
      deletedAt
      consents {
        purpose
        state
        givenOn
        wordingVersion
        method
        takenBy
        recordedByName
        recordedAt
        withdrawnOn
      }
    }
  }
`);

/** Every event of the consent record, newest first (asked only when the person is not withheld). */
export const PersonConsentHistoryDocument = graphql(`
  query PersonConsentHistory($id: ID!) {
    personConsentHistory(personId: $id) {
      id
      purpose
      action
      date
      wordingVersion
      method
      takenBy
      note
      recordedByName
      recordedAt
    }
  }
`);

export const RecordConsentDocument = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      version
      updatedAt
    }
  }
`);

export const WithdrawConsentDocument = graphql(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      id
      version
      updatedAt
    }
  }
`);
