import { graphql } from '../../../gql';

export const RecordPageCreateFollowUpDocument = graphql(`
  mutation RecordPageCreateFollowUp($input: CreateFollowUpInput!) {
    createFollowUp(input: $input) {
      id
      title
      dueDate
    }
  }
`);

export const RecordPageCountriesDocument = graphql(`
  query RecordPageCountries {
    countries {
      iso2
      name
      flag
    }
  }
`);

export const AddAffiliationDocument = graphql(`
  mutation AddAffiliation($input: AddAffiliationInput!) {
    addAffiliation(input: $input) {
      id
    }
  }
`);

export const EndAffiliationDocument = graphql(`
  mutation EndAffiliation($input: EndRecordInput!) {
    endAffiliation(input: $input) {
      id
      endDate
      version
    }
  }
`);
