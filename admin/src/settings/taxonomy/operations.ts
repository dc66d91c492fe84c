import { graphql } from '../../gql';

/** The admins' taxonomy operations (issue 14), typed by codegen against schema/schema.graphql. */

/**
 * Every area, programme, catalogue and unit of the provider, with `name` in Catalan (the reference
 * the save inputs take) and the saved translations. The provider's `id` is left out on purpose:
 * without it Apollo keeps this answer apart under its own arguments, instead of merging Catalan
 * names into the Provider entry the editor's form reads in the interface language.
 */
export const TAXONOMY = graphql(`
  query SettingsTaxonomy($provider: String!) {
    provider(slug: $provider, locale: CA) {
      slug
      areas { code name translations { locale name } }
      programmes { code name area { code } translations { locale name } }
      catalogues { code name startDate endDate translations { locale name } }
      units { code name acronym contactPoint { phone email contactFormUrl website } translations { locale name } }
    }
  }
`);

export const SAVE_AREA = graphql(`
  mutation SettingsSaveArea($input: SaveAreaInput!) {
    saveArea(input: $input) { created item { code } userErrors { code field message } }
  }
`);

export const SAVE_PROGRAMME = graphql(`
  mutation SettingsSaveProgramme($input: SaveProgrammeInput!) {
    saveProgramme(input: $input) { created item { code } userErrors { code field message } }
  }
`);

export const SAVE_CATALOGUE = graphql(`
  mutation SettingsSaveCatalogue($input: SaveCatalogueInput!) {
    saveCatalogue(input: $input) { created item { code } userErrors { code field message } }
  }
`);

export const SAVE_PROVIDER_UNIT = graphql(`
  mutation SettingsSaveProviderUnit($input: SaveProviderUnitInput!) {
    saveProviderUnit(input: $input) { created item { code } userErrors { code field message } }
  }
`);

export const DELETE_TAXONOMY_ITEM = graphql(`
  mutation SettingsDeleteTaxonomyItem($input: DeleteTaxonomyItemInput!) {
    deleteTaxonomyItem(input: $input) { deletedCode userErrors { code field message } }
  }
`);
