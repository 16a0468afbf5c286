import { graphql } from '../gql';

export const SavedViewFieldsFragment = graphql(`
  fragment SavedViewFields on SavedView {
    id
    list
    name
    state
    version
    deletedAt
  }
`);

export const SavedViewsDocument = graphql(`
  query SavedViews($list: String!) {
    savedViews(list: $list) {
      ...SavedViewFields
    }
  }
`);

export const CreateSavedViewDocument = graphql(`
  mutation CreateSavedView($input: CreateSavedViewInput!) {
    createSavedView(input: $input) {
      ...SavedViewFields
    }
  }
`);

export const UpdateSavedViewDocument = graphql(`
  mutation UpdateSavedView($input: UpdateSavedViewInput!) {
    updateSavedView(input: $input) {
      ...SavedViewFields
    }
  }
`);

export const DeleteSavedViewDocument = graphql(`
  mutation DeleteSavedView($input: RecordVersionInput!) {
    deleteSavedView(input: $input) {
      ...SavedViewFields
    }
  }
`);

export const RestoreSavedViewDocument = graphql(`
  mutation RestoreSavedView($id: ID!) {
    restoreSavedView(id: $id) {
      ...SavedViewFields
    }
  }
`);
