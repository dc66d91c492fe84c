import { graphql } from '../gql';

/** The admins' GraphQL operations (issue 14), typed by codegen against schema/schema.graphql. */

export const IMPORT_ENTITY_IDENTIFIERS = graphql(`
  mutation SettingsImportEntityIdentifiers($input: ImportLocalEntityIdentifiersInput!) {
    importLocalEntityIdentifiers(input: $input) {
      report {
        written
        lineCount
        matchedCount
        unmatchedLines
        changed { line changedFields localEntity { id code name nif dir3Code } }
        unchanged { line localEntity { id code name } }
      }
      userErrors { code field message }
      warnings { code field message }
    }
  }
`);
