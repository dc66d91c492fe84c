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

export const WEBHOOKS = graphql(`
  query SettingsWebhooks($provider: String!, $subscriptionId: String, $first: Int) {
    webhookSubscriptions(provider: $provider) { id url description topics enabled createdAt disabledAt previousSecretExpiresAt }
    webhookDeliveries(provider: $provider, subscriptionId: $subscriptionId, first: $first) {
      totalCount
      nodes { id subscriptionId topic objectId messageId status statusLabel attempts createdAt lastAttemptAt deliveredAt nextAttemptAt lastResponseCode lastError redeliveryOf }
    }
  }
`);

export const CREATE_WEBHOOK = graphql(`
  mutation SettingsCreateWebhook($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      subscription { id url }
      secret
      userErrors { code field message }
    }
  }
`);

export const ROTATE_WEBHOOK_SECRET = graphql(`
  mutation SettingsRotateWebhookSecret($input: WebhookSubscriptionRefInput!) {
    rotateWebhookSecret(input: $input) {
      subscription { id url previousSecretExpiresAt }
      secret
      userErrors { code field message }
    }
  }
`);

export const DISABLE_WEBHOOK = graphql(`
  mutation SettingsDisableWebhook($input: WebhookSubscriptionRefInput!) {
    disableWebhook(input: $input) {
      subscription { id enabled disabledAt }
      userErrors { code field message }
    }
  }
`);

export const REDELIVER_WEBHOOK = graphql(`
  mutation SettingsRedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery { id status }
      userErrors { code field message }
    }
  }
`);

/** The holidays that count for a provider's deadlines in a year (Spain's, Catalonia's, Aran's where it applies, the seat's and a municipality's). */
export const HOLIDAYS = graphql(`
  query SettingsHolidays($provider: String!, $year: Int!, $municipality: String) {
    provider(slug: $provider) { id slug seatMunicipalityCode }
    holidays(provider: $provider, year: $year, municipality: $municipality) { date name scope scopeLabel municipality source replaces }
  }
`);

/** Municipalities (ajuntaments) of a provider's territory, by words of the name or by INE code. */
export const MUNICIPALITIES = graphql(`
  query SettingsMunicipalities($filter: LocalEntityFilter!, $first: Int) {
    localEntities(filter: $filter, first: $first) { totalCount nodes { id ineCode name } }
  }
`);

export const SET_HOLIDAYS = graphql(`
  mutation SettingsSetHolidays($input: SetHolidaysInput!) {
    setHolidays(input: $input) {
      holidays { date name scope municipality source replaces }
      userErrors { code field message }
    }
  }
`);

export const IMPORT_LOCAL_HOLIDAYS = graphql(`
  mutation SettingsImportLocalHolidays($input: ImportLocalHolidaysInput!) {
    importLocalHolidays(input: $input) {
      report { rows matched added updated unchanged removed unmatched outsideTerritory }
      userErrors { code field message }
    }
  }
`);
