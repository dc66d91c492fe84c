import 'reflect-metadata';
import './enums';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ResourceConnectionResolver, ResourceResolver } from '../catalogue/resource.resolver';
import { LocalEntityResolver } from '../tenancy/local-entity.resolver';
import { ProviderResolver } from '../tenancy/provider.resolver';
import { TaxonomyAdminResolver } from '../tenancy/taxonomy-admin.resolver';
import { LocalEntityImportResolver } from '../tenancy/local-entity-import.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { FolderResolver } from '../catalogue/folder.resolver';
import { ProgrammeResolver } from '../tenancy/programme.resolver';
import { DeadlineResolver } from '../calendar/deadline.resolver';
import { PublicationScheduleResolver } from '../catalogue/publication-schedule.resolver';
import { ResourcePublishingResolver } from '../catalogue/resource-publishing.resolver';
import { ResourceRevisionResolver } from '../catalogue/resource-revision.resolver';
import { ResourceEditingResolver } from '../catalogue/resource-editing.resolver';
import { ResourceContentResolver } from '../catalogue/resource-content.resolver';
import { ResourceChangesResolver } from '../outbox/resource-changes.resolver';
import { WebhookDeliveryLabelsResolver, WebhookResolver } from '../outbox/webhook.resolver';
import { EntityAuthorizationResolver } from '../identity/entity-authorization.resolver';
import { ViewerResolver } from '../identity/viewer.resolver';
import { NodeResolver } from './node.resolver';
import { ApplicationResolver } from '../applications/application.resolver';
import { ApplicationListResolver, LocalEntityApplicationsResolver, ViewerApplicationsResolver } from '../applications/application-list.resolver';
import { ApplicationAttachmentResolver } from '../applications/application-attachment.resolver';
import { ReceiptPdfResolver } from '../registry/receipt-pdf.resolver';
import { ResourceDocumentResolver } from '../documents/resource-document.resolver';
import { DateTimeScalar } from './scalars';
import { resourceLabelResolvers } from '../catalogue/resource-labels.resolver';
import { applicationLabelResolvers } from '../applications/application-labels.resolver';
import { ReceiptLabelsResolver } from '../registry/receipt-labels.resolver';
import { RegistryEntryLabelsResolver } from '../registry/registry-entry-labels.resolver';
import { SignedActResolver } from '../applications/signed-act.resolver';
import { ApplicationWithdrawalResolver } from '../applications/application-withdrawal.resolver';
import { ApplicationSilenceResolver } from '../applications/application-silence.resolver';
import { taxonomyNameResolvers } from '../tenancy/taxonomy-names.resolver';
import { HolidayLabelsResolver } from '../calendar/holiday-labels.resolver';
import { identityLabelResolvers } from '../identity/identity-labels.resolver';
import { applyErrorContract } from '../errors/graphql-error-contract';
import { UserErrorResolver } from '../errors/user-error.type';
import { revocationResolvers } from '../applications/revocation.resolver';
import { notificationResolvers } from '../notifications/notification.resolver';
import { resolutionResolvers } from '../applications/resolution.resolver';
import { dueDateHistoryResolvers } from '../applications/due-date-history.resolver';
import { correctionsResolvers } from '../applications/corrections.resolver';
import { surveyResolvers } from '../quality/survey.resolver';
import { qualityReportResolvers } from '../quality/quality-report.resolver';
import { decisionDelayResolvers } from '../quality/decision-delay.resolver';

export const resolvers = [
  ProviderResolver, LocalEntityResolver, ResourceResolver, ResourceConnectionResolver, ProgrammeResolver, NodeResolver, ViewerResolver, EntityAuthorizationResolver, FolderResolver,
  ResourcePublishingResolver, ResourceChangesResolver, AuditResolver, PublicationScheduleResolver, TaxonomyAdminResolver,
  DeadlineResolver, ResourceEditingResolver, ResourceRevisionResolver, ApplicationResolver, UserErrorResolver,
  ApplicationListResolver, ViewerApplicationsResolver, LocalEntityApplicationsResolver,
  ResourceContentResolver, ApplicationAttachmentResolver, ReceiptPdfResolver, ResourceDocumentResolver,
  ...resourceLabelResolvers, ...applicationLabelResolvers, ReceiptLabelsResolver, RegistryEntryLabelsResolver, SignedActResolver, ...taxonomyNameResolvers, HolidayLabelsResolver,
  ...identityLabelResolvers, LocalEntityImportResolver, ...notificationResolvers, ...revocationResolvers, WebhookResolver, WebhookDeliveryLabelsResolver,
  ...dueDateHistoryResolvers, ...correctionsResolvers, ...qualityReportResolvers,
  ApplicationWithdrawalResolver, ApplicationSilenceResolver, ...resolutionResolvers,
  ...surveyResolvers,
  ...decisionDelayResolvers,
] as const;

export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Validation is opted into per argument (`validate: true`), as type-graphql 2 recommends.
    validate: false,
    emitSchemaFile: false,
  });
  return describeRootTypes(applyErrorContract(schema));
}

/**
 * type-graphql creates the root types itself and gives them no description; every type has one
 * (the schema linter test checks it).
 */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = 'Reading: the public catalogue, local entities, applications, deadlines and the signed-in viewer.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Changes; each takes one `input` and returns a payload with `userErrors` and `warnings`.';
  return schema;
}
