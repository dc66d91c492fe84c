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
