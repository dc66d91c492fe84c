import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toResourceNode } from '../catalogue/resource.mapper';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { ResourceNode } from '../catalogue/resource.type';
import { catalanDate } from '../clock';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { LocalEntityNode } from '../tenancy/local-entity.type';
import { toLocalEntityNode } from '../tenancy/local-entity.resolver';
import { findReadableApplication, publishedSnapshotOf } from './application-access';
import { currentDeadlineState } from './application-deadlines';
import {
  acceptConditions, ApplicationResult, attachFile, designateInterlocutors, makeDeclarations, selectServices, setAgreementDate,
  startApplication, updateApplicantDetails, withdrawApplication,
} from './application-drafting.service';
import { ApplicationStatus, AWAITING_RESOLUTION_STATUSES } from './application-status';
import { missingSteps } from './application-steps';
import { submitApplication } from './application-submission.service';
import {
  AcceptConditionsInput, ApplicationIdInput, AttachFileInput, DesignateInterlocutorsInput, MakeDeclarationsInput,
  RecordRequirementFulfilmentInput, SelectServicesInput, SetAgreementDateInput, StartApplicationInput, SubmitApplicationInput,
  UpdateApplicantDetailsInput,
} from './application.inputs';
import {
  ApplicationNode, ApplicationPayload, MissingStepView, RecordRequirementFulfilmentPayload, SigningPayloadView,
  SubmitApplicationPayload, toApplicationNode,
} from './application.type';
import { DeadlineState } from './deadline-state';
import { DEADLINE_STATE_LABELS } from './application-labels';
import { LocaleArgument, ServedLocale } from '../graphql/served-locale';
import { optionalLabelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { draftState } from './draft-state';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { RegistrySubject } from '../registry/registry-direction';
import { ReceiptView, toReceipt } from '../registry/receipt.type';
import { recordRequirementFulfilment } from './requirement-fulfilment.service';
import { signingPayload } from './signing-content';
import { withoutTenantFilter } from '../database/tenant-filter';

/** `resource` and `missingSteps` both read the published fitxa: once per application and request. */
function publishedSnapshot(node: ApplicationNode, context: RequestContext): Promise<ResourceSnapshot | null> {
  node.publishedSnapshot ??= publishedSnapshotOf(context.em, node.entity.resource.id);
  return node.publishedSnapshot;
}

const payload = (result: ApplicationResult): ApplicationPayload => ({
  ...result, application: result.application && toApplicationNode(result.application),
});

@Resolver(() => ApplicationNode)
export class ApplicationResolver {
  @Query(() => ApplicationNode, {
    nullable: true,
    description: "An application: for people who act for its entity, and for the provider's reviewers and admins once submitted; null for anyone else.",
  })
  async application(@Ctx() context: RequestContext, @Arg('id', () => ID, { description: 'Global ID of the application.' }) id: string, @LocaleArgument() _locale: Locale): Promise<ApplicationNode | null> {
    const application = await findReadableApplication(context, id);
    return application && toApplicationNode(application);
  }

  @FieldResolver(() => ResourceNode, { nullable: true, description: 'The resource as published now; null once it is withdrawn from the catalogue.' })
  async resource(@Root() node: ApplicationNode, @Ctx() context: RequestContext, @ServedLocale() locale: Locale): Promise<ResourceNode | null> {
    const snapshot = await publishedSnapshot(node, context);
    return snapshot && toResourceNode(snapshot, locale, context.config.publicBaseUrl);
  }

  @FieldResolver(() => LocalEntityNode, { description: 'The applying local entity.' })
  localEntity(@Root() node: ApplicationNode): LocalEntityNode {
    return toLocalEntityNode(node.entity.localEntity);
  }

  @FieldResolver(() => [MissingStepView], { description: 'What is still needed before signing, in procedure order; empty when ready (drafts only).' })
  async missingSteps(@Root() node: ApplicationNode, @Ctx() context: RequestContext): Promise<MissingStepView[]> {
    if (node.entity.status !== ApplicationStatus.DRAFT) return [];
    const snapshot = await publishedSnapshot(node, context);
    return snapshot ? missingSteps(snapshot, draftState(node.entity)) : [];
  }

  @FieldResolver(() => SigningPayloadView, { nullable: true, description: 'What to sign, for drafts; null once submitted or withdrawn.' })
  async signingPayload(@Root() node: ApplicationNode): Promise<SigningPayloadView | null> {
    return node.entity.status === ApplicationStatus.DRAFT ? signingPayload(node.entity) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Registry number, once submitted.' })
  async registryNumber(@Root() node: ApplicationNode, @Ctx() context: RequestContext): Promise<string | null> {
    return (await this.registryEntry(node, context))?.number ?? null;
  }

  @FieldResolver(() => ReceiptView, { nullable: true, description: 'The sealed receipt (justificant), once submitted.' })
  async receipt(@Root() node: ApplicationNode, @Ctx() context: RequestContext): Promise<ReceiptView | null> {
    const entry = await this.registryEntry(node, context);
    return entry && toReceipt(node, entry);
  }

  @FieldResolver(() => DeadlineState, { nullable: true, description: 'Against the resolution due date, while the provider still owes a resolution.' })
  async deadlineState(@Root() node: ApplicationNode, @Ctx() context: RequestContext): Promise<DeadlineState | null> {
    const { entity } = node;
    if (!AWAITING_RESOLUTION_STATUSES.includes(entity.status) || !entity.resolutionDueDate) return null;
    return currentDeadlineState(context, {
      today: catalanDate(context.clock.now()), dueDate: entity.resolutionDueDate,
      seatMunicipality: entity.provider.seatMunicipalityCode, municipality: entity.localEntity.ineCode ?? null,
    });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Label of `deadlineState`, e.g. "Dins de termini".' })
  async deadlineStateLabel(@Root() node: ApplicationNode, @Ctx() context: RequestContext, @ServedLocale() locale: Locale): Promise<string | null> {
    return optionalLabelOf(DEADLINE_STATE_LABELS, await this.deadlineState(node, context), locale);
  }

  private registryEntry(node: ApplicationNode, context: RequestContext): Promise<RegistryEntryEntity | null> {
    if (!node.entity.submittedAt) return Promise.resolve(null);
    return context.em.findOne(RegistryEntryEntity, { application: node.entity.id, subject: RegistrySubject.SUBMISSION }, { ...withoutTenantFilter('the application was already found readable by the caller; its entry goes with it') });
  }

  @Mutation(() => ApplicationPayload, { description: 'Start a draft for an entity you act for; eligibility failures come back as user errors.' })
  async startApplication(@Ctx() context: RequestContext, @Arg('input', () => StartApplicationInput, { validate: true, description: 'The resource and the entity you act for.' }) input: StartApplicationInput) {
    return payload(await startApplication(context, input));
  }

  @Mutation(() => ApplicationPayload, { description: 'Name, NIF (yours), position, e-mail and phone of the applicant.' })
  async updateApplicantDetails(@Ctx() context: RequestContext, @Arg('input', () => UpdateApplicantDetailsInput, { validate: true, description: 'The application and the applicant\'s details.' }) input: UpdateApplicantDetailsInput) {
    return payload(await updateApplicantDetails(context, input));
  }

  @Mutation(() => ApplicationPayload, { description: 'The services asked for; a warning says when recommended ones are left out.' })
  async selectServices(@Ctx() context: RequestContext, @Arg('input', () => SelectServicesInput, { validate: true, description: 'The application and the services asked for.' }) input: SelectServicesInput) {
    return payload(await selectServices(context, input));
  }

  @Mutation(() => ApplicationPayload, { description: "Date of the entity's agreement, not in the future." })
  async setAgreementDate(@Ctx() context: RequestContext, @Arg('input', () => SetAgreementDateInput, { validate: true, description: 'The application and the date of the entity\'s agreement.' }) input: SetAgreementDateInput) {
    return payload(await setAgreementDate(context, input));
  }

  @Mutation(() => ApplicationPayload, { description: 'Accept document versions exactly as shown (id and SHA-256); an outdated version is refused.' })
  async acceptConditions(@Ctx() context: RequestContext, @Arg('input', () => AcceptConditionsInput, { validate: true, description: 'The application and the document versions accepted.' }) input: AcceptConditionsInput) {
    return payload(await acceptConditions(context, input));
  }

  @Mutation(() => ApplicationPayload, { description: 'Designate the people for the roles the resource asks for.' })
  async designateInterlocutors(@Ctx() context: RequestContext, @Arg('input', () => DesignateInterlocutorsInput, { validate: true, description: 'The application and its interlocutors.' }) input: DesignateInterlocutorsInput) {
    return payload(await designateInterlocutors(context, input));
  }

  @Mutation(() => ApplicationPayload, { description: 'Attach an uploaded file as one of the documents the resource asks for.' })
  async attachFile(@Ctx() context: RequestContext, @Arg('input', () => AttachFileInput, { validate: true, description: 'The application, the document and the uploaded file.' }) input: AttachFileInput) {
    return payload(await attachFile(context, input));
  }

  @Mutation(() => ApplicationPayload, { description: 'Declare that the entity meets the DECLARATION requirements named.' })
  async makeDeclarations(@Ctx() context: RequestContext, @Arg('input', () => MakeDeclarationsInput, { validate: true, description: 'The application and the declarations made.' }) input: MakeDeclarationsInput) {
    return payload(await makeDeclarations(context, input));
  }

  @Mutation(() => ApplicationPayload, {
    description: 'Discard a draft, like discardDraft. A submitted application is withdrawn with requestWithdrawal (NOT_A_DRAFT says so).',
    deprecationReason: 'Use discardDraft',
  })
  async withdrawApplication(@Ctx() context: RequestContext, @Arg('input', () => ApplicationIdInput, { validate: true, description: 'The application to withdraw.' }) input: ApplicationIdInput) {
    return payload(await withdrawApplication(context, input));
  }

  @Mutation(() => SubmitApplicationPayload, { description: 'Sign and submit: verified, registered and sealed in one step.' })
  async submitApplication(@Ctx() context: RequestContext, @Arg('input', () => SubmitApplicationInput, { validate: true, description: 'The application, your signature and an idempotency key.' }) input: SubmitApplicationInput) {
    const result = await submitApplication(context, input);
    const application = result.application && toApplicationNode(result.application);
    return {
      application,
      receipt: application && result.registryEntry ? toReceipt(application, result.registryEntry) : null,
      userErrors: result.userErrors,
    };
  }

  @Mutation(() => RecordRequirementFulfilmentPayload, { description: "Record a fact a STAFF_RECORD requirement depends on (the provider's reviewers and admins)." })
  async recordRequirementFulfilment(
    @Ctx() context: RequestContext, @Arg('input', () => RecordRequirementFulfilmentInput, { validate: true, description: 'The entity, the requirement and the fact.' }) input: RecordRequirementFulfilmentInput,
  ) {
    const { fulfilment, userErrors } = await recordRequirementFulfilment(context, input);
    return {
      fulfilment: fulfilment && {
        id: toGlobalId('RequirementFulfilment', fulfilment.id), requirementCode: fulfilment.requirementCode, date: fulfilment.date,
        note: fulfilment.note ?? null, recordedByNif: fulfilment.recordedByNif,
      },
      userErrors,
    };
  }
}
