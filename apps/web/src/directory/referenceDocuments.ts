import { graphql } from '../gql';

/** What the filter labels and cells need beside the rows (small: asked with the first page). */
export const DirectoryReferenceFragment = graphql(`
  fragment DirectoryReference on Query {
    themes {
      key
      name
    }
    regions {
      code
      name
      level
    }
    dialogueCycles {
      number
      from
      to
    }
  }
`);

/** Every country by name (about 250): asked only when a control needs them (filters, the add dialog). */
export const DirectoryCountriesDocument = graphql(`
  query DirectoryCountries {
    countries {
      iso2
      name
      flag
    }
  }
`);

export const CountryCellFragment = graphql(`
  fragment CountryCell on Country {
    iso2
    name
    flag
    regionCode
    subRegionCode
    isGlobalSouth
  }
`);
